package dk.trinvis.internal.decide;

import dk.trinvis.internal.compiled.FactValues;
import dk.trinvis.internal.expr.Slots;
import dk.trinvis.internal.plan.AuthorityPlan;
import dk.trinvis.internal.plan.FactSlot;
import dk.trinvis.internal.plan.Implications;
import dk.trinvis.internal.plan.MunicipalityPlan;
import dk.trinvis.internal.plan.Plans;
import dk.trinvis.internal.plan.PreparedEntry;
import dk.trinvis.internal.plan.ServicePlan;
import dk.trinvis.internal.plan.TraceWords;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.util.EngineVersion;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Makes channel decisions on the plans of a rule set, in phases: outages, requirement, exemption
 * grounds, channel, help, authority, missing facts. Everything a decision reads was prepared at
 * load ({@link Plans}), so deciding touches no YAML, no reflection and no locks. Immutable and
 * thread-safe.
 */
public final class DecisionEngine {
    private final Plans plans;
    private final int serviceIdSlot;
    private final int serviceAreaSlot;
    private final int municipalitySlot;

    /** An engine deciding on the plans. */
    public DecisionEngine(Plans plans) {
        this.plans = plans;
        this.serviceIdSlot = plans.scope().slot(Names.SERVICE_ID);
        this.serviceAreaSlot = plans.scope().slot(Names.SERVICE_AREA);
        this.municipalitySlot = plans.scope().slot(Names.MUNICIPALITY_CODE);
    }

    /** Decides the request at the given moment (the request's own moment if it has one). */
    public Decision decide(DecisionRequest request, Instant now) {
        DecisionInput ask = input(request, now);
        OutagePhase outages = OutagePhase.find(ask);
        LocalDateTime backAt = outages.selfServiceBackAt();
        // The requirement is decided (and traced) even during an outage, which then overrides it.
        Requirement requirement = RequirementPhase.decide(ask);
        if (backAt != null) {
            requirement = Requirement.UNAVAILABLE;
        }
        GroundPhase grounds = GroundPhase.decide(ask, requirement);
        ChannelPhase channel = ChannelPhase.decide(ask, grounds, backAt != null);
        List<Decision.Help> help = ask.trace().on()
                ? HelpPhase.rank(ask, outages, channel.channel(), ask.place().offers()) : List.of();
        AuthorityPlan authorityPlan = ask.plan().authorityIn(ask.place());
        Decision.Responsible authority = authorityPlan == null ? null
                : AuthorityPhase.resolve(ask, authorityPlan, outages);
        List<Decision.MissingFact> missing = MissingFactsPhase.find(ask, requirement, grounds, channel);
        if (!ask.dontKnow().isEmpty()) {
            missing = DontKnowSentences.flag(missing, ask);
        }
        OffsetDateTime until = backAt == null ? null : plans.outageEnd(backAt);
        Decision.Receipt receipt = new Decision.Receipt(plans.contentHash(), EngineVersion.CURRENT, plans.release(),
                plans.layers(), ask.service().id(), ask.municipality().code(), ask.at(), ask.lang().code(), ask.audience(),
                ask.facts(), ask.dontKnow());
        return new Decision(ask.service().id(), ask.municipality().code(), requirement, until, channel.channel(),
                grounds.alternative(), authority, grounds.matched(), grounds.considered(), help, missing,
                ask.trace().entries(), receipt);
    }

    /** The request validated and resolved to its plans, as the phases see it. */
    DecisionInput input(DecisionRequest request, Instant now) {
        ServicePlan plan = plans.service(request.service());
        if (plan == null) {
            throw unknown("service", request.service(), plans.serviceIds());
        }
        MunicipalityPlan place = plans.municipality(request.municipality());
        if (place == null) {
            throw unknown("municipality", request.municipality(), plans.model().municipalities().keySet());
        }
        Municipality municipality = place.municipality();
        Instant instant = request.at() != null ? request.at() : now;
        // One conversion serves the wall clock the rules read and the moment the receipt names.
        OffsetDateTime at = CopenhagenTime.at(instant);
        Trace trace = request.explain() ? Trace.recording(plan.grounds().size() + plan.assistRules().size()
                + plan.service().mandatoryDigital().size() + plan.outages().size() + municipality.steerDigital().size() + 2
                + place.offers().size()) : Trace.NONE;
        Object[] values = new Object[plans.scope().size()];
        Map<String, Object> facts = checkFacts(request.facts(), values);
        if (!request.dontKnow().isEmpty()) {
            checkDontKnow(request.dontKnow(), facts);
        }
        values[serviceIdSlot] = plan.service().id();
        values[serviceAreaSlot] = plan.service().area();
        values[municipalitySlot] = municipality.code();
        Slots slots = new Slots(plans.scope(), values);
        // A language neither the phrase books nor the rule set know is answered, and receipted, in Danish.
        TraceWords words = plans.languages().words(request.language());
        Implications implications = plans.implications();
        // Implied values go in the slots only: the receipt keeps the facts as given.
        if (!implications.isEmpty() && implications.apply(values, slots, facts) > 0 && trace.on()) {
            for (PreparedEntry fired : implications.fired(slots, facts)) {
                trace.add(fired.in(words));
            }
        }
        return new DecisionInput(plan, place, facts, slots, at, words.language(),
                request.audience(), words, trace, at.toLocalDate().toEpochDay(), request.dontKnow());
    }

    /** Each fact answered "don't know" is declared, may be so answered, and is not also given. */
    private void checkDontKnow(Set<String> dontKnow, Map<String, Object> given) {
        for (String id : dontKnow) {
            FactSlot slot = plans.fact(id);
            if (slot == null) {
                throw unknown("fact", id, plans.model().facts().keySet());
            }
            if (given.containsKey(id) || !slot.fact().dontKnow()) {
                throw RequestException.dontKnow(id, given.containsKey(id));
            }
        }
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
            FactSlot slot = plans.fact(name);
            if (slot == null) {
                throw unknown("fact", name, plans.model().facts().keySet());
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

    private static RequestException unknown(String what, String value, Collection<String> known) {
        return RequestException.unknown(what, value, DidYouMean.closest(value, known).orElse(null));
    }
}
