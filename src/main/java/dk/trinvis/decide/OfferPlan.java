package dk.trinvis.decide;

import dk.trinvis.hours.HoursSchedule;
import dk.trinvis.model.HelpOffer;

/**
 * A help offer with its compiled hours.
 *
 * @param offer the offer
 * @param hours its hours, or null when it has none (unknown)
 * @param order        its place in the rule set, the last tie-break when ranking
 * @param notInForce   its trace entry on days it does not exist
 * @param hoursUnknown its trace entry when its hours are not known
 */
record OfferPlan(HelpOffer offer, HoursSchedule hours, int order, Said notInForce, Said hoursUnknown) {
}
