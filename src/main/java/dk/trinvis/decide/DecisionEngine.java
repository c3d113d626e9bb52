package dk.trinvis.decide;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import dk.trinvis.expr.Bindings;
import dk.trinvis.expr.Expression;
import dk.trinvis.expr.Tri;
import dk.trinvis.util.CopenhagenTime;
import dk.trinvis.hours.HoursSchedule;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Effect;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import dk.trinvis.model.Text;
import dk.trinvis.compiled.CompiledRuleSet;
import dk.trinvis.util.DidYouMean;
import dk.trinvis.compiled.FactValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes channel decisions on a compiled rule set. Built once per rule set: every lookup a
 * decision needs is indexed here, so deciding touches no YAML, no reflection and no locks.
 * Immutable and thread-safe.
 */
public final class DecisionEngine {
    private final RuleSetModel model;
    private final Map<String, ServicePlan> services = new HashMap<>();
    private final Map<String, List<OfferPlan>> offersByMunicipality = new HashMap<>();
    private final List<AssistPlan> assistRules = new ArrayList<>();
    private final String contentHash;

    /** Indexes the rule set. */
    public DecisionEngine(CompiledRuleSet compiled) {
        this.model = compiled.model();
        this.contentHash = compiled.contentHash();
        List<GroundPlan> grounds = new ArrayList<>();
        for (ExemptionGround g : model.grounds()) {
            grounds.add(new GroundPlan(g, compiled.expressions().get(g.when())));
        }
        for (Service s : model.services().values()) {
            List<Outage> outages = model.outages().stream()
                    .filter(o -> o.services().isEmpty() || o.services().contains(s.id())).toList();
            Text authority = s.exemptionAuthority() != null ? s.exemptionAuthority()
                    : Optional.ofNullable(model.areas().get(s.area())).map(a -> a.exemptionAuthority()).orElse(null);
            services.put(s.id(), new ServicePlan(s, authority, List.copyOf(grounds), outages));
        }
        for (AssistRule r : model.assistRules()) {
            assistRules.add(new AssistPlan(r, compiled.expressions().get(r.when())));
        }
        for (Municipality m : model.municipalities().values()) {
            List<OfferPlan> offers = new ArrayList<>();
            for (HelpOffer o : model.helpOffers().values()) {
                if (o.national() || o.municipalities().contains(m.code())) {
                    offers.add(new OfferPlan(o, compiled.hours().get(o.id())));
                }
            }
            offersByMunicipality.put(m.code(), List.copyOf(offers));
        }
    }

    /** Decides the request at the given moment (the request's own moment if it has one). */
    public Decision decide(DecisionRequest request, Instant now) {
        ServicePlan plan = services.get(request.service());
        if (plan == null) {
            throw unknown("service", request.service(), services.keySet());
        }
        Municipality municipality = model.municipalities().get(request.municipality());
        if (municipality == null) {
            throw unknown("municipality", request.municipality(), model.municipalities().keySet());
        }
        Map<String, Object> facts = checkFacts(request.facts());
        Instant instant = request.at() != null ? request.at() : now;
        ZonedDateTime zoned = instant.atZone(CopenhagenTime.ZONE);
        LocalDateTime local = zoned.toLocalDateTime();
        LocalDate day = local.toLocalDate();
        Language lang = request.language();
        Say say = new Say(lang);
        Service service = plan.service();
        boolean explain = request.explain();
        // Without explanation no trace sentence is built at all: they are most of a decision's cost.
        List<Decision.TraceEntry> trace = explain ? new ArrayList<>() : null;
        Bindings bindings = name -> bind(name, facts, service, municipality);

        // Outages first: while one lasts no channel works, so nothing else is useful to the citizen.
        Outage outage = null;
        for (Outage o : plan.outages()) {
            if (o.municipalities().isEmpty() || o.municipalities().contains(municipality.code())) {
                boolean covers = o.covers(service.id(), municipality.code(), local);
                if (covers && outage == null) {
                    outage = o;
                }
                if (explain) {
                    trace.add(entry("Outage", o.id(), o.location(), null, covers ? "applies" : "not-applicable",
                            covers ? say.outage(format(o.to())) : say.outageNotNow()));
                }
            }
        }

        Requirement requirement = requirement(plan, municipality, day, say, explain ? trace : null);
        if (outage != null) {
            requirement = Requirement.UNAVAILABLE;
        }

        Effect alternative = Effect.NONE;
        List<Decision.MatchedGround> matched = new ArrayList<>();
        List<Decision.ConsideredGround> considered = new ArrayList<>();
        // Each unknown ground with the facts that decide it, computed once for the trace and missingFacts.
        List<Map.Entry<Effect, List<String>>> unknownGrounds = new ArrayList<>();
        String authority = plan.authority() == null ? null : plan.authority().in(lang);
        for (GroundPlan g : plan.grounds()) {
            ExemptionGround ground = g.ground();
            String title = ground.title().in(lang);
            String outcome;
            String text;
            if (!ground.validity().covers(day)) {
                outcome = "not-in-force";
                text = explain ? say.groundNotInForce(title) : null;
            } else if (!ground.appliesToArea(service.area())) {
                outcome = "area-excluded";
                text = explain ? say.groundAreaExcluded(title) : null;
            } else {
                Tri result = g.when().evaluate(bindings);
                if (result == Tri.TRUE) {
                    outcome = "matched";
                    text = explain ? say.groundMatched(title, say.effect(ground.effect()), say.authority(authority)) : null;
                    matched.add(new Decision.MatchedGround(ground.id(), title, ground.effect(), ground.legal(),
                            ground.location().toString()));
                    if (ground.effect().outranks(alternative)) {
                        alternative = ground.effect();
                    }
                } else if (result == Tri.UNKNOWN) {
                    outcome = "unknown";
                    List<String> unknownFacts = factNames(g.when().decisiveUnknowns(bindings));
                    text = explain ? say.groundUnknown(title, String.join(", ", unknownFacts)) : null;
                    unknownGrounds.add(Map.entry(ground.effect(), unknownFacts));
                } else {
                    outcome = "not-matched";
                    text = explain ? say.groundNotMatched(title) : null;
                }
            }
            if (!explain) {
                continue;
            }
            trace.add(entry("ExemptionGround", ground.id(), ground.location(), ground.legal(), outcome, text));
            if (!outcome.equals("matched")) {
                considered.add(new Decision.ConsideredGround(ground.id(), ground.effect(), outcome, text));
            }
        }

        TreeSet<String> missing = new TreeSet<>();
        for (Map.Entry<Effect, List<String>> unknown : unknownGrounds) {
            if (unknown.getKey().outranks(alternative)) {
                missing.addAll(unknown.getValue());
            }
        }

        Channel channel;
        if (alternative == Effect.MUST_OFFER) {
            channel = Channel.ALTERNATIVE;
        } else {
            channel = Channel.SELF_SERVICE;
            List<AssistPlan> unknownAssist = new ArrayList<>();
            for (AssistPlan a : assistRules) {
                AssistRule rule = a.rule();
                if (!rule.validity().covers(day)) {
                    continue;
                }
                Tri result = a.when().evaluate(bindings);
                if (result == Tri.TRUE) {
                    channel = Channel.ASSISTED;
                } else if (result == Tri.UNKNOWN) {
                    unknownAssist.add(a);
                }
                if (explain) {
                    trace.add(entry("AssistRule", rule.id(), rule.location(), rule.legal(),
                            result == Tri.TRUE ? "applies" : result == Tri.UNKNOWN ? "unknown" : "not-applicable",
                            result == Tri.TRUE ? say.assist(rule.title().in(lang)) : say.assistNot(rule.title().in(lang))));
                }
            }
            if (channel == Channel.SELF_SERVICE) {
                for (AssistPlan a : unknownAssist) {
                    missing.addAll(factNames(a.when().decisiveUnknowns(bindings)));
                }
            }
        }
        if (requirement == Requirement.UNAVAILABLE) {
            channel = null;
        }

        List<Decision.Help> help = explain ? help(municipality, service, instant, day, channel, say, lang, trace)
                : List.of();
        List<Decision.MissingFact> missingFacts = new ArrayList<>();
        for (String id : missing) {
            Fact f = model.facts().get(id);
            missingFacts.add(new Decision.MissingFact(id, f.type().name().toLowerCase(Locale.ROOT),
                    f.question() == null ? null : f.question().in(lang)));
        }
        OffsetDateTime until = outage == null ? null : outage.to().atZone(CopenhagenTime.ZONE).toOffsetDateTime();
        Decision.Receipt receipt = new Decision.Receipt(contentHash, zoned.toOffsetDateTime(), lang.code(), facts);
        return new Decision(service.id(), municipality.code(), requirement, until, channel, alternative, matched,
                considered, help, missingFacts, explain ? trace : List.of(), receipt);
    }

    private Requirement requirement(ServicePlan plan, Municipality municipality, LocalDate day, Say say,
                                    List<Decision.TraceEntry> trace) {
        Service service = plan.service();
        Requirement requirement = null;
        for (Period p : service.mandatoryDigital()) {
            boolean covers = p.covers(day);
            if (covers) {
                requirement = Requirement.MANDATORY_DIGITAL;
            }
            if (trace == null) {
                continue;
            }
            String outcome;
            String text;
            if (covers) {
                outcome = "applies";
                text = say.periodApplies(format(p.from()), p.basis() == null ? service.legal() : p.basis());
            } else if (p.from() != null && day.isBefore(p.from())) {
                outcome = "not-yet";
                text = say.periodNotYet(format(p.from()));
            } else {
                outcome = "ended";
                text = say.periodEnded(format(p.to()));
            }
            trace.add(entry("Service", service.id(), p.location(), p.basis(), outcome, text));
        }
        if (requirement != null) {
            return requirement;
        }
        for (SteerPolicy policy : municipality.steerDigital()) {
            if (!policy.covers(service)) {
                continue;
            }
            boolean covers = policy.period().covers(day);
            if (trace != null) {
                trace.add(entry("Municipality", municipality.code(), policy.period().location(),
                        policy.period().basis(), covers ? "applies" : "not-applicable",
                        covers ? say.steers(municipality.name(), format(policy.period().from()))
                                : say.steerNotInForce(municipality.name())));
            }
            if (covers) {
                return Requirement.STEERED_DIGITAL;
            }
        }
        if (trace != null) {
            trace.add(entry("Service", service.id(), service.location(), service.legal(), "optional", say.optional()));
        }
        return Requirement.OPTIONAL;
    }

    private List<Decision.Help> help(Municipality municipality, Service service, Instant instant, LocalDate day,
                                     Channel channel, Say say, Language lang, List<Decision.TraceEntry> trace) {
        List<Ranked> ranked = new ArrayList<>();
        int order = 0;
        for (OfferPlan plan : offersByMunicipality.get(municipality.code())) {
            HelpOffer offer = plan.offer();
            if (!offer.helpsWith(service)) {
                continue;
            }
            String name = offer.name().in(lang);
            if (!offer.validity().covers(day)) {
                trace.add(entry("HelpOffer", offer.id(), offer.location(), null, "not-in-force", say.offerNotInForce(name)));
                continue;
            }
            HoursSchedule hours = plan.hours();
            boolean open = hours == null || hours.isOpen(instant);
            OffsetDateTime next = hours == null ? null
                    : hours.nextOpening(instant).map(ZonedDateTime::toOffsetDateTime).orElse(null);
            if (!open && next == null) {
                trace.add(entry("HelpOffer", offer.id(), offer.location(), null, "closed", say.offerClosedForGood(name)));
                continue;
            }
            trace.add(entry("HelpOffer", offer.id(), offer.location(), null, open ? "open" : "closed",
                    hours == null ? say.offerAlways(name) : open ? say.offerOpen(name) : say.offerNext(name, format(next))));
            ranked.add(new Ranked(new Decision.Help(offer.id(), offer.type(), name, offer.contact(), offer.guidanceOnly(),
                    open, next), !offer.national(), order++));
        }
        boolean needsDoer = channel == Channel.ALTERNATIVE;
        ranked.sort((a, b) -> {
            int c = Boolean.compare(b.help().openNow(), a.help().openNow());
            if (c == 0 && needsDoer) {
                c = Boolean.compare(a.help().guidanceOnly(), b.help().guidanceOnly());
            }
            if (c == 0) {
                c = Boolean.compare(b.local(), a.local());
            }
            if (c == 0 && !a.help().openNow()) {
                c = compareNullLast(a.help().nextOpening(), b.help().nextOpening());
            }
            return c != 0 ? c : Integer.compare(a.order(), b.order());
        });
        return ranked.stream().map(Ranked::help).toList();
    }

    private static int compareNullLast(OffsetDateTime a, OffsetDateTime b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    private Map<String, Object> checkFacts(Map<String, Object> given) {
        // Sorted, so the receipt (and the JSON) is byte-identical whatever order facts were given in.
        Map<String, Object> facts = new TreeMap<>();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            Fact fact = model.facts().get(e.getKey());
            if (fact == null) {
                throw unknown("fact", e.getKey(), model.facts().keySet());
            }
            Object value = e.getValue();
            if (value instanceof String s && fact.type() != dk.trinvis.model.FactType.STRING) {
                value = FactValues.parse(fact, s);
            }
            if (value == null || !FactValues.fits(fact, value)) {
                throw RequestException.badFact(e.getKey(), e.getValue(), FactValues.describe(fact));
            }
            facts.put(e.getKey(), value);
        }
        return facts;
    }

    /** The value of a rule name for this request, or null when unknown. */
    static Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality) {
        if (name.startsWith("citizen.")) {
            return facts.get(name.substring(8));
        }
        return switch (name) {
            case "service.id" -> service.id();
            case "service.area" -> service.area();
            case "municipality.code" -> municipality.code();
            default -> null;
        };
    }

    private static List<String> factNames(java.util.Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith("citizen.")) {
                out.add(n.substring(8));
            }
        }
        return out;
    }

    private static RequestException unknown(String what, String value, java.util.Collection<String> known) {
        return RequestException.unknown(what, value, DidYouMean.closest(value, known).orElse(null));
    }

    private static Decision.TraceEntry entry(String kind, String id, Location at, String legal, String outcome,
                                             String text) {
        return new Decision.TraceEntry(kind + ":" + id, at.file() + ":" + at.line(), legal, outcome, text);
    }

    private static String format(Object temporal) {
        return String.valueOf(temporal);
    }

    private record ServicePlan(Service service, Text authority, List<GroundPlan> grounds, List<Outage> outages) {
    }

    private record GroundPlan(ExemptionGround ground, Expression when) {
    }

    private record AssistPlan(AssistRule rule, Expression when) {
    }

    private record OfferPlan(HelpOffer offer, HoursSchedule hours) {
    }

    private record Ranked(Decision.Help help, boolean local, int order) {
    }
}
