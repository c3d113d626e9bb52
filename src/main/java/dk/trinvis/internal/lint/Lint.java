package dk.trinvis.internal.lint;

import dk.trinvis.model.Phrase;
import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.expr.Bindings;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.hours.DatedHours;
import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HoursPeriod;
import dk.trinvis.model.Link;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Period;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Names;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import dk.trinvis.model.Language;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lint: what loads but is probably not what the editor meant. Every warning has a stable code
 * ({@link LintCode}) and a location; a document suppresses codes with {@code lint: {ignore: [...]}}.
 * Reads the loader's compiled conditions and opening hours, never parses them again.
 */
public final class Lint {
    private static final Set<String> VAGUE = Set.of("klik her", "her", "læs mere", "link", "click here", "here",
            "read more", "more");
    /** Most assignments tried when looking for a way a condition can hold. */
    private static final int MAX_ASSIGNMENTS = 4096;

    private final Clock clock;
    private final boolean strict;

    /** A linter that judges {@code reviewBy} dates by the clock. */
    public Lint(Clock clock) {
        this(clock, false);
    }

    /** A linter that judges {@code reviewBy} dates by the clock; a strict one also reports TRV118. */
    public Lint(Clock clock, boolean strict) {
        this.clock = clock;
        this.strict = strict;
    }

    /**
     * Every warning for the rule set, sorted by location, suppressions applied; for a layer, those of
     * what the layer holds.
     */
    public List<Problem> lint(CompiledRuleSet compiled) {
        RuleSetModel model = compiled.model();
        Problems out = new Problems();
        Set<String> guided = model.guides().stream().filter(g -> g.municipality() == null).map(Guide::service)
                .collect(Collectors.toSet());
        for (Service s : model.services().values()) {
            if (!guided.contains(s.id())) {
                out.warning(LintCode.SERVICE_WITHOUT_GUIDE, s.location(), Phrase.of("lint.TRV102", s.id()));
            }
            gaps(s, out);
            translations(out, s.location(), s.title(), s.description());
            link(out, s.selfService());
        }
        boolean national = model.helpOffers().values().stream().anyMatch(HelpOffer::national);
        for (Municipality m : model.municipalities().values()) {
            boolean served = national || model.helpOffers().values().stream()
                    .anyMatch(o -> o.municipalities().contains(m.code()));
            if (!served) {
                out.warning(LintCode.MUNICIPALITY_WITHOUT_HELP, m.location(), Phrase.of("lint.TRV103", m.name(), m.code()));
            }
        }
        for (HelpOffer o : model.helpOffers().values()) {
            hours(o, compiled.hours().get(o.id()), out);
            ContentLint.hours(o, out);
            translations(out, o.location(), o.name(), o.description());
        }
        for (Guide g : model.guides()) {
            List<Text> texts = new ArrayList<>(java.util.Arrays.asList(g.title(), g.intro(), g.processingTime()));
            texts.addAll(g.ready());
            g.links().forEach(l -> link(out, l));
            ContentLint.markdownLinks(g.intro(), g.location(), l -> link(out, l));
            steps(g.steps(), compiled, out, texts);
            translations(out, g.location(), texts.toArray(Text[]::new));
        }
        ChannelPaths.check(compiled, out);
        LegalLint.lint(compiled, out, strict);
        OverlayLint.lint(model, out);
        ContentLint.testSteps(model, out);
        LocalDate today = LocalDate.now(clock.withZone(CopenhagenTime.ZONE));
        for (DocumentInfo d : model.documents()) {
            if (d.reviewBy() != null && d.reviewBy().isBefore(today)) {
                out.warning(LintCode.REVIEW_OVERDUE, d.location(), Phrase.of("lint.TRV109", d.kind(), d.id(), d.reviewBy()));
            }
        }
        // An assumed share is a number nobody has checked: it is due for review like any content.
        for (dk.trinvis.model.Fact f : model.facts().values()) {
            if (f.expected() != null && f.expected().reviewBy() != null && f.expected().reviewBy().isBefore(today)) {
                out.warning(LintCode.REVIEW_OVERDUE, f.expected().location(),
                        Phrase.of("lint.TRV109", "expected", f.id(), f.expected().reviewBy()));
            }
        }
        // A layer's base is linted as a rule set of its own: here only what the layer (or the folder) holds.
        List<Problem> own = out.sorted().stream().filter(p -> compiled.layers().own(p.location())).toList();
        return suppress(own, model.documents());
    }

    private static void gaps(Service s, Problems out) {
        List<Period> periods = new ArrayList<>(s.mandatoryDigital());
        periods.sort((a, b) -> a.from() == null ? -1 : b.from() == null ? 1 : a.from().compareTo(b.from()));
        for (int i = 1; i < periods.size(); i++) {
            Period before = periods.get(i - 1);
            Period after = periods.get(i);
            if (before.to() != null && after.from() != null && before.to().isBefore(after.from())) {
                out.warning(LintCode.PERIOD_GAP, after.location(), Phrase.of("lint.TRV105", s.id(), before.to(), after.from()));
            }
        }
    }

    private static void hours(HelpOffer o, @Nullable HoursSchedule schedule, Problems out) {
        if (schedule == null) {
            return;
        }
        for (DatedHours dated : schedule.periods()) {
            if (dated.hours() != null && dated.hours().neverOpens()) {
                out.warning(LintCode.HOURS_NEVER_OPEN, writtenAt(o, dated), Phrase.of("lint.TRV104", o.id()));
            }
        }
    }

    /** Where the compiled hours were written: the offer's hours period with the same window. */
    private static Location writtenAt(HelpOffer o, DatedHours dated) {
        return o.hours().stream()
                .filter(h -> Objects.equals(h.validity().from(), dated.from()) && Objects.equals(h.validity().to(), dated.to()))
                .map(HoursPeriod::location).findFirst().orElse(o.location());
    }

    private static void steps(List<Step> steps, CompiledRuleSet compiled, Problems out, List<Text> texts) {
        for (Step s : steps) {
            texts.add(s.title());
            texts.add(s.body());
            s.links().forEach(l -> link(out, l));
            ContentLint.markdownLinks(s.body(), s.location(), l -> link(out, l));
            if (s.when() != null && neverHolds(compiled.expression(s.when()), compiled.model())) {
                out.warning(LintCode.STEP_NEVER_SHOWN, s.when().location(), Phrase.of("lint.TRV101", s.id()));
            }
            steps(s.steps(), compiled, out, texts);
            steps(s.oneOf(), compiled, out, texts);
        }
    }

    /** Whether no assignment of the condition's names makes it true; undecidable conditions count as satisfiable. */
    static boolean neverHolds(@Nullable Expression condition, RuleSetModel model) {
        if (condition == null) {
            return false;
        }
        List<String> names = new ArrayList<>(condition.names());
        List<List<Object>> domains = new ArrayList<>();
        long combinations = 1;
        for (String name : names) {
            List<Object> domain = domain(name, model);
            if (domain == null) {
                return false;
            }
            domains.add(domain);
            combinations *= domain.size();
            if (combinations > MAX_ASSIGNMENTS) {
                return false;
            }
        }
        for (long n = 0; n < combinations; n++) {
            Map<String, Object> values = new HashMap<>();
            long rest = n;
            for (int i = 0; i < names.size(); i++) {
                List<Object> domain = domains.get(i);
                values.put(names.get(i), domain.get((int) (rest % domain.size())));
                rest /= domain.size();
            }
            Bindings b = values::get;
            if (condition.evaluate(b) == Tri.TRUE) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable List<Object> domain(String name, RuleSetModel model) {
        String factId = Names.factId(name);
        if (factId != null) {
            Fact f = model.facts().get(factId);
            if (f == null) {
                return null;
            }
            if (f.type() == FactType.BOOLEAN) {
                return List.of(true, false);
            }
            return f.type() == FactType.STRING && !f.values().isEmpty() ? List.copyOf(f.values()) : null;
        }
        return switch (name) {
            case Names.DECISION_REQUIREMENT -> List.copyOf(Names.REQUIREMENTS);
            case Names.DECISION_CHANNEL -> List.copyOf(Names.CHANNELS);
            case Names.DECISION_ALTERNATIVE -> List.copyOf(Names.ALTERNATIVES);
            default -> null;
        };
    }

    /** TRV106: a language some texts of the document are written in and others are not, once per language. */
    private static void translations(Problems out, Location at, @Nullable Text... texts) {
        SortedSet<Language> used = new TreeSet<>();
        for (Text t : texts) {
            if (t != null) {
                used.addAll(t.translated());
            }
        }
        for (Language lang : used) {
            for (Text t : texts) {
                if (t != null && !t.has(lang)) {
                    out.warning(LintCode.MISSING_TRANSLATION, at, Phrase.of("lint.TRV106", lang.code()));
                    break;
                }
            }
        }
    }

    private static void link(Problems out, @Nullable Link link) {
        if (link == null) {
            return;
        }
        if (!link.url().toLowerCase(Locale.ROOT).startsWith("https://")) {
            out.warning(LintCode.LINK_NOT_HTTPS, link.location(), Phrase.of("lint.TRV107", link.url()));
        }
        if (link.text() != null) {
            for (String t : (Iterable<String>) link.text().all()::iterator) {
                if (t != null && VAGUE.contains(t.trim().toLowerCase(Locale.ROOT).replaceAll("[.!:]$", ""))) {
                    out.warning(LintCode.VAGUE_LINK_TEXT, link.location(), Phrase.of("lint.TRV108", t));
                }
            }
        }
    }

    /** Drops warnings whose document ignores their code. */
    public static List<Problem> suppress(List<Problem> problems, List<DocumentInfo> documents) {
        List<Problem> kept = new ArrayList<>();
        for (Problem p : problems) {
            DocumentInfo owner = null;
            for (DocumentInfo d : documents) {
                Location at = d.location();
                if (at.file().equals(p.location().file()) && at.line() <= p.location().line()
                        && (owner == null || at.line() > owner.location().line())) {
                    owner = d;
                }
            }
            if (owner == null || !owner.lintIgnore().contains(p.code())) {
                kept.add(p);
            }
        }
        return kept;
    }
}
