package dk.trinvis.internal.decide;

import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.model.HelpOffer;

/**
 * A help offer with its compiled hours.
 *
 * @param offer the offer
 * @param hours its hours, or null when it has none (unknown)
 * @param order        its place in the rule set, the last tie-break when ranking
 * @param notInForce   its trace entry on days it does not exist
 * @param hoursUnknown its trace entry when its hours are not known
 * @param names        its name by {@link Say#index()}
 */
record OfferPlan(HelpOffer offer, HoursSchedule hours, int order, Said notInForce, Said hoursUnknown, String[] names) {
    /** Its name in the language of the sentences. */
    String name(Say say) {
        return names[say.index()];
    }
}
