package dk.trinvis.internal.decide;

import dk.trinvis.internal.plan.PreparedEntry;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Period;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.time.LocalDate;
import java.util.List;

/** Phase 2 of a decision: what the law, or else local policy, requires at the moment. */
final class RequirementPhase {
    private RequirementPhase() {
    }

    static Requirement decide(DecisionInput ask) {
        Service service = ask.service();
        if (!service.digital()) {
            ask.trace().add(ask.plan().optional().in(ask.words()));
            return Requirement.OPTIONAL;
        }
        LocalDate day = ask.day();
        Requirement requirement = null;
        List<Period> periods = service.mandatoryDigital();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            boolean covers = ask.plan().mandatory()[i].covers(ask.dayNumber());
            if (covers) {
                requirement = Requirement.MANDATORY_DIGITAL;
            }
            if (ask.trace().on()) {
                PreparedEntry[] entries = ask.plan().periodEntries().get(i);
                ask.trace().add(entries[covers ? 0 : p.from() != null && day.isBefore(p.from()) ? 1 : 2].in(ask.words()));
            }
        }
        if (requirement != null) {
            return requirement;
        }
        Municipality municipality = ask.municipality();
        List<SteerPolicy> policies = municipality.steerDigital();
        for (int i = 0; i < policies.size(); i++) {
            SteerPolicy policy = policies.get(i);
            if (!policy.covers(service)) {
                continue;
            }
            boolean covers = policy.period().covers(day);
            if (ask.trace().on()) {
                ask.trace().add("Municipality", municipality.code(), policy.period().location(),
                        policy.period().basis(), covers ? Outcome.APPLIES : Outcome.NOT_APPLICABLE,
                        () -> covers ? ask.words().steers(municipality, String.valueOf(policy.period().from()))
                                : ask.words().steerNotInForce(municipality));
            }
            if (covers) {
                return Requirement.STEERED_DIGITAL;
            }
        }
        ask.trace().add(ask.plan().optional().in(ask.words()));
        return Requirement.OPTIONAL;
    }
}
