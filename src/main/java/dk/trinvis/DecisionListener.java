package dk.trinvis;

import dk.trinvis.model.DecisionEvent;
import java.util.Objects;

/**
 * Told of every answer a rule set gives, as a {@link DecisionEvent} without personal data: for
 * counting channel shift (the share of self-service, the grounds behind alternatives, help that
 * was closed when citizens were sent to it, where interviews stop).
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.bundled().withListener(event -> events.add(event.toJson()));
 * }</pre>
 *
 * <p>Called on the caller's thread, after each {@link RuleSet#decide decide}, {@link RuleSet#guide
 * guide} and {@link RuleSet#interview interview}, and once per service of a {@link RuleSet#journey
 * journey}; never for a request the rule set rejects. Keep it quick and thread-safe (hand the
 * event to a queue or a buffered writer): a listener that throws makes the call throw.
 */
@FunctionalInterface
public interface DecisionListener {
    /** One answer was given. */
    void decided(DecisionEvent event);

    /** This listener, then the other. */
    default DecisionListener andThen(DecisionListener next) {
        Objects.requireNonNull(next, "next");
        return event -> {
            decided(event);
            next.decided(event);
        };
    }
}
