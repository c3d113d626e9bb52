package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.expr.Slots;
import dk.trinvis.model.Area;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Authority;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Period;
import dk.trinvis.model.Outage;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.compiled.FactValues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Makes channel decisions on a compiled rule set, in phases: outages, requirement, exemption
 * grounds, channel, help, authority, missing facts. Built once per rule set: every lookup a
 * decision needs is indexed here, so deciding touches no YAML, no reflection and no locks.
 * Immutable and thread-safe.
 */
public final class DecisionEngine {
    private final RuleSetModel model;
    private final Map<String, ServicePlan> services = new HashMap<>();
    /** Each municipality with its offers, by code: the one lookup of the municipality per decision. */
    private final Map<String, Place> places = new HashMap<>();
    private final String contentHash;
    /** The parts a layered rule set was loaded from, for receipts; empty for one folder. */
    private final List<dk.trinvis.model.Layer> layers;
    /** The trace's sentences in each language the engine prepares. */
    private final LanguageSet says;
    /** Each outage's end with its Copenhagen offset, converted once. */
    private final Map<LocalDateTime, OffsetDateTime> outageEnds = new HashMap<>();
    /** The names conditions were compiled against: a decision fills their slots once. */
    private final Scope scope;
    /** Each fact with the slot of its rule name ({@code citizen.<id>}), by fact id. */
    private final Map<String, FactSlot> factSlots = new HashMap<>();
    private final int serviceIdSlot;
    private final int serviceAreaSlot;
    private final int municipalitySlot;

    /** Indexes the rule set. */
    public DecisionEngine(CompiledRuleSet compiled) {
        this(compiled, true);
    }

    /**
     * Indexes the rule set; without {@code rankedQuestions} every decision finds its missing facts
     * the general way, so a test can prove both ways agree.
     */
    DecisionEngine(CompiledRuleSet compiled, boolean rankedQuestions) {
        this.model = compiled.model();
        this.contentHash = compiled.contentHash();
        this.layers = compiled.layers().layered() ? compiled.layers().layers() : List.of();
        this.says = new LanguageSet(model);
        List<Expression> conditions = new ArrayList<>();
        model.grounds().forEach(g -> conditions.add(compiled.expressions().get(g.when())));
        model.assistRules().forEach(r -> conditions.add(compiled.expressions().get(r.when())));
        Map<String, Integer> ranks = Asking.ranks(conditions);
        List<ServicePlan.GroundPlan> grounds = new ArrayList<>();
        for (ExemptionGround g : model.grounds()) {
            Expression when = compiled.expressions().get(g.when());
            Questions questions = new Questions("ExemptionGround:" + g.id(), when, model.facts(), says);
            grounds.add(new ServicePlan.GroundPlan(g, when, questions, new Asking(when, ranks, questions, says),
                    Days.of(g.validity())));
        }
        List<ServicePlan.AssistPlan> assists = new ArrayList<>();
        for (AssistRule r : model.assistRules()) {
            Expression when = compiled.expressions().get(r.when());
            Questions questions = new Questions("AssistRule:" + r.id(), when, model.facts(), says);
            assists.add(new ServicePlan.AssistPlan(r, when, questions, new Asking(when, ranks, questions, says),
                    Days.of(r.validity()),
                    said(r, Outcome.APPLIES, say -> say.assist(r.title().in(say.language()))),
                    said(r, Outcome.NOT_APPLICABLE, say -> say.assistNot(r.title().in(say.language()))),
                    said(r, Outcome.UNKNOWN, say -> say.assistNot(r.title().in(say.language())))));
        }
        for (Outage o : model.outages()) {
            outageEnds.put(o.to(), o.to().atZone(CopenhagenTime.ZONE).toOffsetDateTime());
        }
        this.scope = compiled.rules();
        for (Fact f : model.facts().values()) {
            factSlots.put(f.id(), new FactSlot(f, scope.slot(Names.citizen(f.id()))));
        }
        this.serviceIdSlot = scope.slot(Names.SERVICE_ID);
        this.serviceAreaSlot = scope.slot(Names.SERVICE_AREA);
        this.municipalitySlot = scope.slot(Names.MUNICIPALITY_CODE);
        // One plan per offer, shared by every municipality it serves: a rule set with many
        // municipalities and national offers must not cost municipalities x offers plans.
        List<OfferPlan> national = new ArrayList<>();
        Map<String, List<OfferPlan>> local = new HashMap<>();
        int order = 0;
        for (HelpOffer o : model.helpOffers().values()) {
            OfferPlan plan = new OfferPlan(o, compiled.hours().get(o.id()), order++,
                    new Said("HelpOffer", o.id(), o.location(), null, Outcome.NOT_IN_FORCE,
                            say -> say.offerNotInForce(o.name().in(say.language())), says),
                    new Said("HelpOffer", o.id(), o.location(), null, Outcome.HOURS_UNKNOWN,
                            say -> say.offerHoursUnknown(o.name().in(say.language())), says), names(o, says));
            if (o.national()) {
                national.add(plan);
            }
            for (String code : o.municipalities()) {
                local.computeIfAbsent(code, k -> new ArrayList<>()).add(plan);
            }
        }
        for (Municipality m : model.municipalities().values()) {
            List<OfferPlan> offers = new ArrayList<>(local.getOrDefault(m.code(), List.of()));
            offers.addAll(national);
            offers.sort(java.util.Comparator.comparingInt(OfferPlan::order));
            places.put(m.code(), new Place(m, places.size(), List.copyOf(offers)));
        }
        // Services with the same authority and the same offers helping share one phase per municipality.
        Map<List<Object>, AuthorityPhase> sharedPhases = new HashMap<>();
        for (Service s : model.services().values()) {
            List<Outage> outages = model.outages().stream()
                    .filter(o -> o.services().isEmpty() || o.services().contains(s.id())).toList();
            Area area = model.areas().get(s.area());
            Text exemptionAuthority = s.exemptionAuthority() != null ? s.exemptionAuthority()
                    : area == null ? null : area.exemptionAuthority();
            String authority = s.authority() != null ? s.authority() : area == null ? null : area.authority();
            Authority responsible = authority == null ? null : model.authorities().get(authority);
            AuthorityPhase[] authorities = responsible == null ? null : authorityPhases(responsible, s, sharedPhases);
            // Conditions on the service itself are decided here, once, not on every decision.
            Map<String, Object> own = new HashMap<>();
            own.put(Names.SERVICE_ID, s.id());
            if (s.area() != null) {
                own.put(Names.SERVICE_AREA, s.area());
            }
            List<ServicePlan.GroundPlan> ownGrounds = grounds.stream().map(g -> g.given(own, ranks, says)).toList();
            List<ServicePlan.AssistPlan> ownAssists = assists.stream().map(a -> a.given(own, ranks, says)).toList();
            List<GroundTexts> texts = new ArrayList<>();
            for (ServicePlan.GroundPlan g : ownGrounds) {
                texts.add(new GroundTexts(g, exemptionAuthority, says));
            }
            services.put(s.id(), new ServicePlan(s, exemptionAuthority, responsible, ownGrounds,
                    ownAssists, outages, authorities, List.copyOf(texts), periodTexts(s),
                    new Said("Service", s.id(), s.location(), s.legal(), Outcome.OPTIONAL,
                            s.digital() ? Say::optional : Say::noSelfService, says), inArea(s, grounds),
                    rankedQuestions ? RankedQuestions.prepare(ownGrounds, ownAssists, ranks.size(), says) : null,
                    s.mandatoryDigital().stream().map(Days::of).toArray(Days[]::new)));
        }
    }

    /** Decides the request at the given moment (the request's own moment if it has one). */
    public Decision decide(DecisionRequest request, Instant now) {
        Ask ask = ask(request, now);
        Outages outages = Outages.find(ask);
        LocalDateTime backAt = outages.selfServiceBackAt();
        Requirement requirement = RequirementPhase.decide(ask);
        if (backAt != null) {
            requirement = Requirement.UNAVAILABLE;
        }
        Grounds grounds = Grounds.decide(ask, requirement);
        ChannelPhase channel = ChannelPhase.decide(ask, grounds, backAt != null);
        List<Decision.Help> help = ask.trace().on() ? HelpPhase.rank(ask, outages, channel.channel(), ask.place().offers())
                : List.of();
        AuthorityPhase authorityPhase = ask.plan().authorityIn(ask.place());
        Decision.Responsible authority = authorityPhase == null ? null : authorityPhase.resolve(ask, outages);
        List<Decision.MissingFact> missing = MissingFacts.find(ask, requirement, grounds, channel);
        OffsetDateTime until = backAt == null ? null : outageEnds.get(backAt);
        Decision.Receipt receipt = new Decision.Receipt(contentHash, ask.at(), ask.lang().code(),
                ask.audience(), ask.facts(), layers);
        return new Decision(ask.service().id(), ask.municipality().code(), requirement, until, channel.channel(),
                grounds.alternative(), authority, grounds.matched(), grounds.considered(), help, missing,
                ask.trace().entries(), receipt);
    }

    /** The authority phase for the service in each municipality, by {@link Place#index()}. */
    private AuthorityPhase[] authorityPhases(Authority a, Service s, Map<List<Object>, AuthorityPhase> shared) {
        AuthorityPhase[] byPlace = new AuthorityPhase[places.size()];
        for (Place p : places.values()) {
            List<HelpOffer> candidates = AuthorityPhase.candidates(a, s, p.offers());
            byPlace[p.index()] = shared.computeIfAbsent(List.of(a.id(), p.index(),
                            candidates.stream().map(HelpOffer::id).toList()),
                    k -> AuthorityPhase.prepare(a, p.municipality(), candidates, says));
        }
        return byPlace;
    }

    /** The offer's name by {@link Say#index()}: looking a text up per offer per decision was a twentieth of it. */
    private static String[] names(HelpOffer o, LanguageSet says) {
        String[] names = new String[says.size()];
        for (int l = 0; l < names.length; l++) {
            names[l] = o.name().in(says.say(l).language());
        }
        return names;
    }

    private static boolean[] inArea(Service s, List<ServicePlan.GroundPlan> grounds) {
        boolean[] in = new boolean[grounds.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = grounds.get(i).ground().appliesToArea(s.area());
        }
        return in;
    }

    private Said said(AssistRule r, Outcome outcome, java.util.function.Function<Say, String> text) {
        return new Said("AssistRule", r.id(), r.location(), r.legal(), outcome, text, says);
    }

    /** Per mandatory period, what the trace says when it applies, has not begun, and has ended. */
    private List<Said[]> periodTexts(Service s) {
        List<Said[]> out = new ArrayList<>();
        for (Period p : s.mandatoryDigital()) {
            String basis = p.basis() == null ? s.legal() : p.basis();
            out.add(new Said[] {
                new Said("Service", s.id(), p.location(), p.basis(), Outcome.APPLIES,
                        say -> say.periodApplies(String.valueOf(p.from()), basis), says),
                new Said("Service", s.id(), p.location(), p.basis(), Outcome.NOT_YET,
                        say -> say.periodNotYet(String.valueOf(p.from())), says),
                new Said("Service", s.id(), p.location(), p.basis(), Outcome.ENDED,
                        say -> say.periodEnded(String.valueOf(p.to())), says)});
        }
        return List.copyOf(out);
    }

    private Ask ask(DecisionRequest request, Instant now) {
        ServicePlan plan = services.get(request.service());
        if (plan == null) {
            throw unknown("service", request.service(), services.keySet());
        }
        Place place = places.get(request.municipality());
        if (place == null) {
            throw unknown("municipality", request.municipality(), model.municipalities().keySet());
        }
        Municipality municipality = place.municipality();
        Instant instant = request.at() != null ? request.at() : now;
        // One conversion serves the wall clock the rules read and the moment the receipt names.
        OffsetDateTime at = CopenhagenTime.at(instant);
        Trace trace = request.explain() ? Trace.recording(plan.grounds().size() + plan.assistRules().size()
                + plan.service().mandatoryDigital().size() + plan.outages().size() + municipality.steerDigital().size() + 2
                + place.offers().size()) : Trace.NONE;
        Object[] values = new Object[scope.size()];
        Map<String, Object> facts = checkFacts(request.facts(), values);
        values[serviceIdSlot] = plan.service().id();
        values[serviceAreaSlot] = plan.service().area();
        values[municipalitySlot] = municipality.code();
        // A language neither the phrase books nor the rule set know is answered, and receipted, in Danish.
        Say say = says.say(request.language());
        return new Ask(plan, place, facts, new Slots(scope, values), at, say.language(),
                request.audience(), say, trace, at.toLocalDate().toEpochDay());
    }

    /**
     * The facts, validated and typed, each also put in its slot. The request's own immutable sorted
     * map when every value already has its type, so the receipt shares it without a copy.
     */
    private Map<String, Object> checkFacts(Map<String, Object> given, Object[] values) {
        if (given.isEmpty()) {
            return given;
        }
        // forEach, not an entry iterator: the request's map reads its arrays; an iterator would be
        // an allocation per decision.
        FactCheck check = new FactCheck(given, values);
        given.forEach(check);
        return check.facts;
    }

    /** Checks each fact and puts its typed value in its slot; copies the facts only to retype one. */
    private final class FactCheck implements BiConsumer<String, Object> {
        private final Map<String, Object> given;
        private final Object[] values;
        private Map<String, Object> facts;

        FactCheck(Map<String, Object> given, Object[] values) {
            this.given = given;
            this.values = values;
            this.facts = given;
        }

        @Override
        public void accept(String name, Object raw) {
            FactSlot slot = factSlots.get(name);
            if (slot == null) {
                throw unknown("fact", name, model.facts().keySet());
            }
            Fact fact = slot.fact();
            Object value = raw;
            if (value instanceof String s && fact.type() != FactType.STRING) {
                value = FactValues.parse(fact, s);
            }
            if (value == null || !FactValues.fits(fact, value)) {
                throw RequestException.badFact(name, raw, FactValues.describe(fact));
            }
            if (value != raw) {
                facts = facts == given ? new TreeMap<>(given) : facts;
                facts.put(name, value);
            }
            values[slot.slot()] = value;
        }
    }

    /** A fact with the slot its value goes in. */
    private record FactSlot(Fact fact, int slot) {
    }

    private static RequestException unknown(String what, String value, Collection<String> known) {
        return RequestException.unknown(what, value, DidYouMean.closest(value, known).orElse(null));
    }
}
