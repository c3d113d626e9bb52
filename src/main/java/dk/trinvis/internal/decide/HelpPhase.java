package dk.trinvis.internal.decide;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Outcome;
import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.internal.plan.OfferPlan;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Outage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Phase 5 of a decision: the help offers for the municipality and service at the moment, most
 * useful first. Open now by their hours before hours unknown before closed; with the channel
 * {@code alternative}, offers that can process a case before those that only guide. An offer
 * whose hours are not known is never said to be open, and an offer an outage takes down is not
 * listed at all.
 */
final class HelpPhase {
    private HelpPhase() {
    }

    static List<Decision.Help> rank(DecisionInput ask, OutagePhase outages, @Nullable Channel channel, List<OfferPlan> offers) {
        List<Ranked> ranked = new ArrayList<>(offers.size());
        String code = ask.municipality().code();
        for (OfferPlan plan : offers) {
            HelpOffer offer = plan.offer();
            if (!offer.helpsWith(ask.service())) {
                continue;
            }
            String name = plan.name(ask.words());
            if (!offer.validity().covers(ask.day())) {
                ask.trace().add(plan.notInForce().in(ask.words()));
                continue;
            }
            Outage down = outages.downing(offer, code);
            if (down != null) {
                ask.trace().add("HelpOffer", offer.id(), offer.location(), null, Outcome.DOWN,
                        () -> ask.words().offerDown(name, down.to().toString()));
                continue;
            }
            Decision.Help help = help(ask, plan, name);
            if (help == null) {
                ask.trace().add("HelpOffer", offer.id(), offer.location(), null, Outcome.CLOSED_FOR_GOOD,
                        () -> ask.words().offerClosedForGood(name));
                continue;
            }
            Outcome outcome = help.openNow() == null ? Outcome.HOURS_UNKNOWN
                    : help.openNow() ? Outcome.OPEN : Outcome.CLOSED;
            if (outcome == Outcome.HOURS_UNKNOWN) {
                ask.trace().add(plan.hoursUnknown().in(ask.words()));
            } else {
                ask.trace().add("HelpOffer", offer.id(), offer.location(), null, outcome,
                        () -> outcome == Outcome.OPEN ? ask.words().offerOpen(name, text(help.closesAt()))
                                : ask.words().offerNext(name, text(help.nextOpening())));
            }
            ranked.add(new Ranked(help, !offer.national(), plan.order()));
        }
        ranked.sort(order(channel == Channel.ALTERNATIVE));
        List<Decision.Help> out = new ArrayList<>(ranked.size());
        ranked.forEach(r -> out.add(r.help()));
        return out;
    }

    /** The offer as it stands at the moment, or null when it is closed and never opens again. */
    private static Decision.@Nullable Help help(DecisionInput ask, OfferPlan plan, String name) {
        HelpOffer offer = plan.offer();
        HoursSchedule hours = plan.hours();
        if (hours == null) {
            return unknownHours(offer, name);
        }
        return switch (hours.status(ask.at())) {
            case UNKNOWN -> unknownHours(offer, name);
            case OPEN -> new Decision.Help(offer.id(), offer.type(), name, offer.contact(), offer.can(), true,
                    spec(hours, ask), hours.nextClosing(ask.at()), null);
            case CLOSED -> {
                OffsetDateTime next = hours.nextOpening(ask.at());
                if (next == null && hours.knownAhead(ask.day())) {
                    yield null;
                }
                yield new Decision.Help(offer.id(), offer.type(), name, offer.contact(), offer.can(), false,
                        spec(hours, ask), null, next);
            }
        };
    }

    /** The hours in force: known, as the status at the moment is OPEN or CLOSED only on a day of known hours. */
    private static String spec(HoursSchedule hours, DecisionInput ask) {
        return Objects.requireNonNull(hours.specOn(ask.day()), "a day with a status has its hours");
    }

    private static Decision.Help unknownHours(HelpOffer offer, String name) {
        return new Decision.Help(offer.id(), offer.type(), name, offer.contact(), offer.can(), null,
                Decision.Help.UNKNOWN_HOURS, null, null);
    }

    /** Most useful first: open, unknown, closed; local before national; soonest opening; order written. */
    private static final Comparator<Ranked> ORDER = (a, b) -> compare(a, b, false);
    /** The same, but among offers of one status those that can process a case first. */
    private static final Comparator<Ranked> ORDER_PROCESSING_FIRST = (a, b) -> compare(a, b, true);

    private static Comparator<Ranked> order(boolean needsProcessing) {
        return needsProcessing ? ORDER_PROCESSING_FIRST : ORDER;
    }

    // One method instead of a chain of key extractors: the chain boxed and dispatched per key.
    private static int compare(Ranked a, Ranked b, boolean processingFirst) {
        int c = Integer.compare(rank(a.help().openNow()), rank(b.help().openNow()));
        if (c == 0 && processingFirst) {
            c = Boolean.compare(!a.help().processes(), !b.help().processes());
        }
        if (c == 0) {
            c = Boolean.compare(!a.local(), !b.local());
        }
        if (c == 0) {
            OffsetDateTime x = a.help().nextOpening();
            OffsetDateTime y = b.help().nextOpening();
            c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
        }
        return c != 0 ? c : Integer.compare(a.order(), b.order());
    }

    private static int rank(@Nullable Boolean openNow) {
        return openNow == null ? 1 : openNow ? 0 : 2;
    }

    private static @Nullable String text(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toString();
    }

    private record Ranked(Decision.Help help, boolean local, int order) {
    }
}
