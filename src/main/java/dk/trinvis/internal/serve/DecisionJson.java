package dk.trinvis.internal.serve;

import dk.trinvis.internal.util.Json;
import dk.trinvis.model.Decision;
import java.nio.charset.StandardCharsets;

/**
 * The body of a decision answer: compact JSON (the fields and order of {@link Decision#toJson()}
 * without white space), or {@code toJson()} itself when the caller asked for {@code ?pretty}.
 * The one place the service turns a decision into bytes, so a faster writer replaces this method only.
 */
final class DecisionJson {
    private DecisionJson() {
    }

    static byte[] write(Decision decision, boolean pretty) {
        return pretty ? decision.toJson().getBytes(StandardCharsets.UTF_8) : Json.compactBytes(decision);
    }
}
