package dk.trinvis.decide;

import dk.trinvis.model.Outcome;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Period;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.time.LocalDate;

/** Phase 2 of a decision: what the law, or else local policy, requires at the moment. */
final class RequirementPhase {
    private RequirementPhase() {
    }

    static Requirement decide(Ask ask) {
        Service service = ask.service();
        if (!service.digital()) {
            ask.trace().add("Service", service.id(), service.location(), service.legal(), Outcome.OPTIONAL,
                    () -> ask.say().noSelfService());
            return Requirement.OPTIONAL;
        }
        LocalDate day = ask.day();
        Requirement requirement = null;
        for (Period p : service.mandatoryDigital()) {
            boolean covers = p.covers(day);
            if (covers) {
                requirement = Requirement.MANDATORY_DIGITAL;
            }
            if (!ask.trace().on()) {
                continue;
            }
            if (covers) {
                ask.trace().add("Service", service.id(), p.location(), p.basis(), Outcome.APPLIES,
                        () -> ask.say().periodApplies(String.valueOf(p.from()),
                                p.basis() == null ? service.legal() : p.basis()));
            } else if (p.from() != null && day.isBefore(p.from())) {
                ask.trace().add("Service", service.id(), p.location(), p.basis(), Outcome.NOT_YET,
                        () -> ask.say().periodNotYet(String.valueOf(p.from())));
            } else {
                ask.trace().add("Service", service.id(), p.location(), p.basis(), Outcome.ENDED,
                        () -> ask.say().periodEnded(String.valueOf(p.to())));
            }
        }
        if (requirement != null) {
            return requirement;
        }
        Municipality municipality = ask.municipality();
        for (SteerPolicy policy : municipality.steerDigital()) {
            if (!policy.covers(service)) {
                continue;
            }
            boolean covers = policy.period().covers(day);
            ask.trace().add("Municipality", municipality.code(), policy.period().location(), policy.period().basis(),
                    covers ? Outcome.APPLIES : Outcome.NOT_APPLICABLE,
                    () -> covers ? ask.say().steers(municipality, String.valueOf(policy.period().from()))
                            : ask.say().steerNotInForce(municipality));
            if (covers) {
                return Requirement.STEERED_DIGITAL;
            }
        }
        ask.trace().add("Service", service.id(), service.location(), service.legal(), Outcome.OPTIONAL,
                () -> ask.say().optional());
        return Requirement.OPTIONAL;
    }
}
