package dk.trinvis.internal.lint;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Authority;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Period;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lint of legal references: the older plain-string form (under {@code --strict}), ELI addresses
 * that are not retsinformation ELI URLs or name another act than the act's "nr. N af … YYYY", and
 * grounds or periods that cite another area's law for a service (TRV118–TRV121).
 *
 * <p>An act is a service's own law when a service cites it as its {@code legal:} (not inferred);
 * such an act belongs to that service's area. Acts no service cites as its own (the wave acts, Lov nr. 603 of
 * 2023) are cross-cutting and fit every service. A ground or period is checked for every service
 * it can apply to (its areas, and its condition folded for the service): each of them must be
 * covered by a reference that is its own area's law, a cross-cutting act, or marked
 * {@code inferred}; and a reference to an area's law must fit at least one of them.
 */
public final class LegalLint {
    /** {@code https://www.retsinformation.dk/eli/lta/2023/603}, with an optional expression after the number. */
    private static final Pattern ELI = Pattern.compile(
            "https://(?:www\\.)?retsinformation\\.dk/eli/([a-z]+)/(\\d{4})/(\\d+)(?:/[A-Za-z0-9/._-]*)?");
    /** The act's number and year as Danish citations write them: "Lov nr. 603 af 31. maj 2023". */
    private static final Pattern NUMBER_AND_YEAR = Pattern.compile(
            "\\bnr\\.\\s*(\\d+)\\s+af\\s+(?:\\d{1,2}\\.\\s*\\p{L}+\\s+|\\d{1,2}/\\d{1,2}\\s+)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final RuleSetModel model;
    private final CompiledRuleSet compiled;
    private final Problems out;
    /** Each act some service cites as its own law, by key, with the areas of those services. */
    private final Map<String, Set<String>> ownLaw = new HashMap<>();

    private LegalLint(CompiledRuleSet compiled, Problems out) {
        this.compiled = compiled;
        this.model = compiled.model();
        this.out = out;
        for (Service s : model.services().values()) {
            if (s.legal() != null) {
                // A service whose own provision is not known cites the wave act, inferred: that makes
                // the wave act no more its own law than any other service's.
                for (LegalReference r : s.legal().references()) {
                    if (r.inferred()) {
                        continue;
                    }
                    for (String key : keys(r)) {
                        ownLaw.computeIfAbsent(key, k -> new TreeSet<>()).add(s.area());
                    }
                }
            }
        }
    }

    /** Adds the warnings for every legal reference of the rule set; TRV118 only when strict. */
    public static void lint(CompiledRuleSet compiled, Problems out, boolean strict) {
        new LegalLint(compiled, out).run(strict);
    }

    private void run(boolean strict) {
        List<Legal> all = new ArrayList<>();
        for (Service s : model.services().values()) {
            all.add(s.legal());
            for (Period p : s.mandatoryDigital()) {
                all.add(p.basis());
                if (p.basis() != null) {
                    fits(p.basis(), "Service", s.id(), List.of(s));
                }
            }
        }
        for (ExemptionGround g : model.grounds()) {
            all.add(g.legal());
            if (g.legal() != null) {
                fits(g.legal(), "ExemptionGround", g.id(), servicesOf(g));
            }
        }
        model.assistRules().stream().map(AssistRule::legal).forEach(all::add);
        model.authorities().values().stream().map(Authority::legal).forEach(all::add);
        model.guides().stream().map(Guide::legal).forEach(all::add);
        for (Municipality m : model.municipalities().values()) {
            m.steerDigital().stream().map(SteerPolicy::period).map(Period::basis).forEach(all::add);
        }
        for (LifeEvent e : model.lifeEvents().values()) {
            e.deadlines().values().stream().map(LifeEvent.Deadline::legal).forEach(all::add);
        }
        Set<Legal> seen = new LinkedHashSet<>();
        for (Legal legal : all) {
            // An overlay guide carries its national guide's references too: report each written one once.
            if (legal != null && seen.add(legal)) {
                form(legal, strict);
            }
        }
    }

    /** TRV118–TRV120: how each reference is written. */
    private void form(Legal legal, boolean strict) {
        for (LegalReference r : legal.references()) {
            if (strict && legal.plain()) {
                out.warning(LintCode.LEGAL_AS_TEXT, r.location(), Phrase.of("lint.TRV118", r.act()));
            }
            if (r.eli() == null) {
                continue;
            }
            Matcher eli = ELI.matcher(r.eli());
            if (!eli.matches()) {
                out.warning(LintCode.ELI_NOT_RETSINFORMATION, r.location(), Phrase.of("lint.TRV120", r.eli()));
                continue;
            }
            Matcher act = NUMBER_AND_YEAR.matcher(r.act());
            if (act.find() && (!act.group(1).equals(stripZeros(eli.group(3))) || !act.group(2).equals(eli.group(2)))) {
                out.warning(LintCode.ELI_OTHER_ACT, r.location(), Phrase.of("lint.TRV119", r.eli(), r.act(),
                        "nr. " + act.group(1) + ", " + act.group(2), "nr. " + stripZeros(eli.group(3)) + ", " + eli.group(2)));
            }
        }
    }

    /** TRV121: a ground or period that cites, for a service, only the law of other areas. */
    private void fits(Legal legal, String kind, String id, List<Service> services) {
        if (services.isEmpty()) {
            return;
        }
        Set<String> reached = new TreeSet<>();
        services.forEach(s -> reached.add(s.area()));
        for (LegalReference r : legal.references()) {
            Set<String> areas = areasOf(r);
            if (!r.inferred() && areas != null && areas.stream().noneMatch(reached::contains)) {
                out.warning(LintCode.LEGAL_OTHER_AREA, r.location(), Phrase.of("lint.TRV121.unused", kind, id,
                        r.act(), String.join(", ", areas), String.join(", ", reached)));
                return;
            }
        }
        for (Service s : services) {
            boolean covered = legal.references().stream().anyMatch(r -> {
                Set<String> areas = areasOf(r);
                return r.inferred() || areas == null || areas.contains(s.area());
            });
            if (!covered) {
                LegalReference first = legal.references().get(0);
                out.warning(LintCode.LEGAL_OTHER_AREA, first.location(), Phrase.of("lint.TRV121", kind, id,
                        legal.citation(), s.id(), s.area()));
                return;
            }
        }
    }

    /** The areas whose services cite the reference's act as their own law, or null for a cross-cutting act. */
    private @Nullable Set<String> areasOf(LegalReference r) {
        Set<String> areas = null;
        for (String key : keys(r)) {
            Set<String> of = ownLaw.get(key);
            if (of != null) {
                areas = areas == null ? new TreeSet<>(of) : areas;
                areas.addAll(of);
            }
        }
        return areas;
    }

    /** The services a ground can apply to: in its areas, and its condition not false for the service. */
    private List<Service> servicesOf(ExemptionGround g) {
        Expression when = compiled.expression(g.when());
        List<Service> in = new ArrayList<>();
        for (Service s : model.services().values()) {
            if (!g.appliesToArea(s.area())) {
                continue;
            }
            if (when != null) {
                Map<String, Object> own = new HashMap<>();
                own.put(Names.SERVICE_ID, s.id());
                own.put(Names.SERVICE_AREA, s.area());
                Expression folded = when.given(own);
                if (folded.names().isEmpty() && folded.evaluate(name -> null) == Tri.FALSE) {
                    continue;
                }
            }
            in.add(s);
        }
        return in;
    }

    /**
     * What identifies the act a reference cites: its number and year (from the ELI address or the
     * "nr. N af … YYYY" of its name), and its name without section or remarks, lower case.
     */
    public static Set<String> keys(LegalReference r) {
        Set<String> keys = new LinkedHashSet<>();
        if (r.eli() != null) {
            Matcher eli = ELI.matcher(r.eli());
            if (eli.matches()) {
                keys.add("nr:" + eli.group(2) + "/" + stripZeros(eli.group(3)));
            }
        }
        Matcher act = NUMBER_AND_YEAR.matcher(r.act());
        if (act.find()) {
            keys.add("nr:" + act.group(2) + "/" + act.group(1));
        }
        String name = r.act().toLowerCase(Locale.ROOT);
        int cut = name.length();
        for (String stop : new String[] {"§", "(", ",", ";"}) {
            int at = name.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String bare = name.substring(0, cut).replaceAll("\\s+", " ").strip();
        if (!bare.isEmpty()) {
            keys.add("name:" + bare);
        }
        return keys;
    }

    private static String stripZeros(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }
}
