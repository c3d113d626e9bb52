package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.trinvis.internal.util.Json;

/**
 * Where an interview stands for one request: whether any unknown fact can still change the
 * decision or the guide, and if so the one page to ask now (a single fact or a group of yes/no
 * facts). Stateless: the answers so far are the request's facts and "don't know" answers, so going
 * back or changing an answer is just another request. Facts implied by the answers, and facts
 * answered "don't know", are never asked.
 *
 * @param done      true when no fact the request's audience can answer would change the decision
 *                  or the guide
 * @param next      the page to ask now; null when done
 * @param remaining an upper bound on the pages still to ask, {@code next} included; 0 when done
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
