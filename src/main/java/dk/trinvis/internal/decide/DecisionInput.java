package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Slots;
import dk.trinvis.internal.plan.MunicipalityPlan;
import dk.trinvis.internal.plan.ServicePlan;
import dk.trinvis.internal.plan.TraceWords;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * One request as the phases of a decision see it: validated, resolved to its plans and fixed in time.
 *
 * @param plan         what the rule set says about the service
 * @param place        the municipality asked about, as planned
 * @param facts        the citizen's facts, validated
 * @param slots        the values of the rule names, by the slots the conditions were compiled with
 * @param at           the moment decided for, with its Copenhagen offset
 * @param lang         the language of the answer
 * @param audience     who the answer is for
 * @param words        sentences in that language
 * @param trace        where the phases explain themselves
 * @param dayNumber    the Copenhagen day of {@code at}, as days since the epoch
 * @param dontKnow     the facts the citizen answered "don't know", checked: each stays unknown
 */
record DecisionInput(ServicePlan plan, MunicipalityPlan place, Map<String, Object> facts, Slots slots,
                     OffsetDateTime at, Language lang, Audience audience, TraceWords words, Trace trace,
                     long dayNumber, Set<String> dontKnow) {

    Service service() {
        return plan.service();
    }

    Municipality municipality() {
        return place.municipality();
    }

    /** The moment on the Copenhagen wall clock. */
    LocalDateTime local() {
        return at.toLocalDateTime();
    }

    LocalDate day() {
        return at.toLocalDate();
    }
}
