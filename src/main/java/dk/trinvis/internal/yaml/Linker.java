package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.FactValues;
import dk.trinvis.internal.compiled.Layers;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.compiled.Scopes;
import dk.trinvis.internal.expr.Compiled;
import dk.trinvis.internal.expr.ExprProblem;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Expressions;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.hours.DatedHours;
import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.internal.hours.HoursSyntaxException;
import dk.trinvis.internal.hours.OpeningHours;
import dk.trinvis.model.Authority;
import dk.trinvis.model.Condition;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactGroup;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HoursPeriod;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Period;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import dk.trinvis.model.Step;
import dk.trinvis.model.TestCase;
import dk.trinvis.internal.util.MarkdownLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Cross-checks a rule set's documents against each other (ids, references, periods) and
 * compiles what decisions need (expressions, opening hours).
 */
final class Linker {
    private final Problems problems;
    private final Documents.Collected in;
    private final Layers layers;
    private final Map<Condition, Expression> expressions = new HashMap<>();
    private final Map<String, HoursSchedule> hours = new HashMap<>();

    Linker(Problems problems, Documents.Collected in, Layers layers) {
        this.problems = problems;
        this.in = in;
        this.layers = layers;
    }

    Linked link() {
        if (layers.layered()) {
            new LayerRules(problems, in, layers).check();
        }
        Map<String, Fact> facts = unique(in.facts, Fact::id, Fact::location, "fact");
        for (Fact f : facts.values()) {
            if (f.min() != null && f.max() != null && f.min() > f.max()) {
                problems.error(Codes.PERIOD, f.location(), Phrase.of("fact.minAboveMax", f.id(), f.min(), f.max()));
            }
        }
        Map<String, dk.trinvis.model.Area> areas = unique(in.areas, dk.trinvis.model.Area::id,
                dk.trinvis.model.Area::location, "area");
        Map<String, Service> services = unique(in.services, Service::id, Service::location, "service");
        Map<String, Municipality> municipalities = unique(in.municipalities, Municipality::code,
                Municipality::location, "municipality");
        Map<String, HelpOffer> offers = unique(in.helpOffers, HelpOffer::id, HelpOffer::location, "helpOffer");
        Map<String, Authority> authorities = unique(in.authorities, Authority::id, Authority::location, "authority");
        unique(in.grounds, ExemptionGround::id, ExemptionGround::location, "exemptionGround");
        unique(in.assistRules, dk.trinvis.model.AssistRule::id, dk.trinvis.model.AssistRule::location, "assistRule");
        unique(in.outages, dk.trinvis.model.Outage::id, dk.trinvis.model.Outage::location, "outage");
        Map<String, dk.trinvis.model.LifeEvent> lifeEvents = unique(in.lifeEvents, dk.trinvis.model.LifeEvent::id,
                dk.trinvis.model.LifeEvent::location, "lifeEvent");

        References refs = new References(problems, areas.keySet(), services.keySet(), municipalities.keySet());
        Scope ruleScope = Scopes.rules(facts.values(), areas.keySet(), services.keySet(), municipalities.keySet());
        Scope guideScope = Scopes.guides(facts.values(), areas.keySet(), services.keySet(), municipalities.keySet());

        for (dk.trinvis.model.Area a : areas.values()) {
            ref(a.authority(), authorities.keySet(), "authority", in.at(a.location(), "authority"));
        }
        for (Authority a : authorities.values()) {
            a.offers().forEach(id -> ref(id, offers.keySet(), "helpOffer", in.at(a.location(), "offers")));
        }
        for (Service s : services.values()) {
            refs.area(s.area(), in.at(s.location(), "area"));
            ref(s.authority(), authorities.keySet(), "authority", in.at(s.location(), "authority"));
            periods(s.mandatoryDigital(), "period.overlap.mandatory", s.id());
            if (!s.digital() && !s.mandatoryDigital().isEmpty()) {
                problems.error(Codes.PERIOD, s.mandatoryDigital().get(0).location(),
                        Phrase.of("service.notDigitalButMandatory", s.id()));
            }
        }
        for (Municipality m : municipalities.values()) {
            for (SteerPolicy p : m.steerDigital()) {
                refs.areas(p.areas(), in.at(p.period().location(), "areas"));
                refs.services(p.services(), in.at(p.period().location(), "services"));
                period(p.period());
            }
        }
        Map<String, FactGroup> groups = unique(in.groups, FactGroup::id, FactGroup::location, "group");
        FactChecks factChecks = new FactChecks(problems, facts);
        factChecks.groups(groups);
        factChecks.implications(condition -> compile(condition, ruleScope));
        for (ExemptionGround g : in.grounds) {
            refs.areas(g.areas(), in.at(g.location(), "areas"));
            refs.areas(g.exceptAreas(), in.at(g.location(), "exceptAreas"));
            period(g.validity());
            compile(g.when(), ruleScope);
        }
        for (dk.trinvis.model.AssistRule r : in.assistRules) {
            period(r.validity());
            compile(r.when(), ruleScope);
        }
        for (HelpOffer o : offers.values()) {
            refs.municipalities(o.municipalities(), in.at(o.location(), "municipalities"));
            refs.areas(o.areas(), in.at(o.location(), "areas"));
            refs.services(o.services(), in.at(o.location(), "services"));
            o.actsFor().forEach(id -> ref(id, authorities.keySet(), "authority", in.at(o.location(), "actsFor")));
            period(o.validity());
            hours(o);
        }
        for (dk.trinvis.model.Outage o : in.outages) {
            refs.services(o.services(), in.at(o.location(), "services"));
            refs.municipalities(o.municipalities(), in.at(o.location(), "municipalities"));
            o.offers().forEach(id -> ref(id, offers.keySet(), "helpOffer", in.at(o.location(), "offers")));
            if (o.from() != null && o.to() != null && !o.to().isAfter(o.from())) {
                problems.error(Codes.PERIOD, o.location(), Phrase.of("outage.endsBeforeStart", o.id(), o.to(), o.from()));
            }
        }
        guides(guideScope, refs, offers.keySet(), services);
        for (dk.trinvis.model.LifeEvent e : lifeEvents.values()) {
            refs.services(e.services(), in.at(e.location(), "services"));
            e.deadlines().forEach((service, d) -> {
                if (!e.services().contains(service)) {
                    problems.error(Codes.REFERENCE, d.location(), Phrase.of("lifeEvent.deadlineNotService", service,
                            e.id()));
                }
            });
        }
        for (TestCase t : in.tests) {
            test(t, facts, offers, refs);
        }

        RuleSetModel model = new RuleSetModel(facts, groups, areas, services, municipalities, in.grounds, in.assistRules,
                offers, authorities, in.outages, in.guides, lifeEvents, in.tests, in.documents);
        return new Linked(model, Map.copyOf(expressions), Map.copyOf(hours), ruleScope);
    }

    /** The items by id, reporting ids declared twice; {@code what} is a word under {@code noun.}, e.g. {@code helpOffer}. */
    private <T> Map<String, T> unique(List<T> items, Function<T, String> id, Function<T, Location> at, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T first = map.putIfAbsent(key, item);
            if (first != null) {
                problems.error(Codes.DUPLICATE, at.apply(item), Phrase.of("duplicate.declared", what, key,
                        at.apply(first)));
            }
        }
        return map;
    }

    private void period(Period p) {
        if (p.from() != null && p.to() != null && !p.to().isAfter(p.from())) {
            problems.error(Codes.PERIOD, p.location(), Phrase.of("period.endsBeforeStart", p.to(), p.from()));
        }
    }

    /**
     * Checks each period and that none overlap. Sorted by start, a period overlaps an earlier one
     * exactly when it overlaps the one reaching furthest, so this is n log n: a file may hold tens
     * of thousands of periods, and comparing every pair took seconds.
     */
    private void periods(List<Period> list, String overlapKey, String owner) {
        list.forEach(this::period);
        List<Period> byStart = new ArrayList<>(list);
        byStart.sort(java.util.Comparator.comparing(Period::from,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        Period reach = null;
        for (Period p : byStart) {
            if (reach != null && p.overlaps(reach)) {
                problems.error(Codes.OVERLAP, p.location(), Phrase.of(overlapKey, owner, reach.location()));
            }
            if (reach == null || reach.to() != null && (p.to() == null || p.to().isAfter(reach.to()))) {
                reach = p;
            }
        }
    }

    /** Reports a Markdown text over a limit: it would be shown as plain text. */
    private void markdownLimits(dk.trinvis.model.@Nullable Text text, Location at) {
        if (text == null) {
            return;
        }
        for (String s : (Iterable<String>) text.all()::iterator) {
            MarkdownLimits.Violation violation = MarkdownLimits.violation(s);
            if (violation != null) {
                problems.error(Codes.UNSAFE, at, Phrase.of("markdown." + violation.limit(), violation.found(),
                        violation.allowed()));
                return;
            }
        }
    }

    /** Compiles the condition, reporting its problems; the expression, or null when it has errors. */
    private @Nullable Expression compile(@Nullable Condition condition, Scope scope) {
        if (condition == null) {
            return null;
        }
        Compiled compiled = Expressions.compile(condition.source(), scope);
        for (ExprProblem p : compiled.problems()) {
            Location at = Scalars.within(condition.location(), p.offset());
            problems.error(Codes.EXPRESSION, at, p.phrase());
        }
        if (compiled.ok()) {
            expressions.put(condition, compiled.expression());
            return compiled.expression();
        }
        return null;
    }

    private void hours(HelpOffer offer) {
        List<DatedHours> dated = new ArrayList<>();
        for (HoursPeriod h : offer.hours()) {
            if (h.spec().strip().equalsIgnoreCase(DatedHours.UNKNOWN)) {
                dated.add(new DatedHours(h.validity().from(), h.validity().to(), null));
                continue;
            }
            try {
                dated.add(new DatedHours(h.validity().from(), h.validity().to(), OpeningHours.parse(h.spec())));
            } catch (HoursSyntaxException e) {
                for (HoursSyntaxException each : e.all()) {
                    problems.error(Codes.HOURS, Scalars.within(h.location(), each.offset()), each.phrase());
                }
            }
        }
        List<Period> validities = offer.hours().stream().map(HoursPeriod::validity).toList();
        periods(validities, "period.overlap.hours", offer.id());
        // An offer without hours has unknown hours, so it gets no schedule at all.
        if (!dated.isEmpty() && dated.size() == offer.hours().size() && offer.id() != null) {
            hours.put(offer.id(), HoursSchedule.of(dated));
        }
    }

    private void guides(Scope scope, References refs, Set<String> offerIds, Map<String, Service> services) {
        Map<String, Location> seen = new HashMap<>();
        for (Guide g : in.guides) {
            refs.service(g.service(), in.at(g.location(), "service"));
            if (g.municipality() != null) {
                refs.municipality(g.municipality(), in.at(g.location(), "municipality"));
            }
            String key = g.service() + "@" + g.municipality();
            Location first = seen.putIfAbsent(key, g.location());
            if (first != null) {
                problems.error(Codes.DUPLICATE, g.location(), g.municipality() == null
                        ? Phrase.of("guide.duplicate", g.service(), first)
                        : Phrase.of("guide.duplicate.municipal", g.service(), first, g.municipality()));
            }
            Map<String, Location> stepIds = new HashMap<>();
            steps(g.steps(), scope, stepIds, offerIds);
            Placeholders.check(g.title(), g.location(), offerIds, problems);
            Placeholders.check(g.intro(), g.location(), offerIds, problems);
            markdownLimits(g.intro(), g.location());
            g.ready().forEach(r -> Placeholders.check(r, g.location(), offerIds, problems));
        }
        Overlays overlays = new Overlays(problems, in.guides);
        in.guides.forEach(overlays::check);
        in.guides.replaceAll(g -> overlays.extend(g, services.get(g.service())));
    }

    private void steps(List<Step> steps, Scope scope, Map<String, Location> ids, Set<String> offerIds) {
        for (Step s : steps) {
            if (s.id() != null) {
                Location first = ids.putIfAbsent(s.id(), s.location());
                if (first != null) {
                    problems.error(Codes.DUPLICATE, s.location(), Phrase.of("step.duplicate", s.id(), first));
                }
            }
            period(s.validity());
            compile(s.when(), scope);
            Placeholders.check(s.title(), s.location(), offerIds, problems);
            Placeholders.check(s.body(), s.location(), offerIds, problems);
            markdownLimits(s.body(), s.location());
            steps(s.steps(), scope, ids, offerIds);
            steps(s.oneOf(), scope, ids, offerIds);
        }
    }

    private void test(TestCase t, Map<String, Fact> facts, Map<String, HelpOffer> offers, References refs) {
        TestCase.Given given = t.given();
        if (given.service() == null || given.municipality() == null || given.at() == null) {
            String missing = given.service() == null ? "service" : given.municipality() == null ? "municipality" : "at";
            problems.error(Codes.MISSING, t.location(), Phrase.of("test.missingRequest", t.name(), missing));
            return;
        }
        refs.service(t.given().service(), t.location());
        refs.municipality(t.given().municipality(), t.location());
        for (Map.Entry<String, Object> e : t.given().facts().entrySet()) {
            Fact fact = facts.get(e.getKey());
            if (fact == null) {
                ref(e.getKey(), facts.keySet(), "fact", t.location());
            } else if (!FactValues.fits(fact, e.getValue())) {
                problems.error(Codes.TYPE, t.location(), factMismatch(fact, e.getValue()));
            }
        }
        if (t.expect() != null && t.expect().help() != null) {
            for (TestCase.HelpExpectation h : t.expect().help()) {
                ref(h.id(), offers.keySet(), "helpOffer", t.location());
            }
        }
        if (t.expect() != null && t.expect().helpAbsent() != null) {
            for (String id : t.expect().helpAbsent()) {
                ref(id, offers.keySet(), "helpOffer", t.location());
            }
        }
    }

    /** Reports an id that is not declared; {@code what} is a word under {@code noun.}, e.g. {@code helpOffer}. */
    private void ref(@Nullable String id, Set<String> known, String what, Location at) {
        if (id != null && !known.contains(id)) {
            problems.error(Codes.REFERENCE, at, References.unknown(what, id, known));
        }
    }

    /** A test's fact value that does not fit the fact, with how to write one that does. */
    private static Phrase factMismatch(Fact fact, Object value) {
        String type = fact.type().name().toLowerCase(java.util.Locale.ROOT);
        String hint = switch (fact.type()) {
            case INTEGER -> fact.min() != null && fact.max() != null ? "integerRange" : fact.min() != null
                    ? "integerFrom" : fact.max() != null ? "integerTo" : "integer";
            case STRING -> fact.values().isEmpty() ? "string" : "oneOf";
            default -> type;
        };
        return Phrase.of("test.factMismatch", fact.id(), type, value, hint, fact.min(), fact.max(),
                String.join(", ", fact.values()));
    }

    /** The model with what decisions need precompiled. */
    record Linked(RuleSetModel model, Map<Condition, Expression> expressions, Map<String, HoursSchedule> hours,
                  Scope rules) {
    }
}
