package dk.trinvis.internal.plan;

import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.model.HelpOffer;
import org.jspecify.annotations.Nullable;

/**
 * A help offer with its compiled hours and what the trace says of it whatever the request.
 *
 * @param offer        the offer
 * @param hours        its hours, or null when it has none (unknown)
 * @param order        its place in the rule set, the last tie-break when ranking
 * @param notInForce   its trace entry on days it does not exist
 * @param hoursUnknown its trace entry when its hours are not known
 * @param names        its name by {@link TraceWords#index()}
 */
public record OfferPlan(HelpOffer offer, @Nullable HoursSchedule hours, int order, PreparedEntry notInForce,
                        PreparedEntry hoursUnknown, String[] names) {
    /** Its name in the language of the sentences. */
    public String name(TraceWords words) {
        return names[words.index()];
    }
}
