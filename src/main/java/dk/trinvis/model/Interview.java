package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.trinvis.internal.util.Json;

/**
 * Where an interview stands for one request: whether any unknown fact can still change the
 * decision or the guide, and if so the one question to ask now. Stateless: the answers so far
 * are the request's facts, so going back or changing an answer is just another request.
 *
 * @param done      true when no fact the request's audience can answer would change the decision
 *                  or the guide
 * @param next      the question to ask now; null when done
 * @param remaining an upper bound on the questions still to ask, {@code next} included; 0 when done
 * @param decision  the decision with the answers given so far
 * @param guide     the guide with the answers given so far, or null when the service has no guide
 */
@NullMarked
@JsonPropertyOrder({"done", "next", "remaining", "decision", "guide"})
public record Interview(boolean done, @Nullable Question next, int remaining, @Nullable Decision decision,
                        @Nullable ResolvedGuide guide) {

    /** The interview as pretty-printed JSON. */
    public String toJson() {
        return Json.write(this);
    }
}
