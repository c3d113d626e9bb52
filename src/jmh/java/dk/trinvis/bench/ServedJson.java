package dk.trinvis.bench;

import dk.trinvis.internal.json.DecisionJson;
import dk.trinvis.model.Decision;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What {@code trinvis serve} writes as the body of {@code POST /v1/decisions}: the decision as
 * compact JSON, streamed. {@code src/jmh/compare.sh} swaps in {@code src/jmh/compat/ServedJson.java}
 * when it builds these benchmarks against an engine that predates the streamed writer.
 */
final class ServedJson {
    /** One writer for every thread, as serve keeps one: it keeps the JSON of prepared values. */
    private final DecisionJson writer = new DecisionJson();

    void write(Decision decision, OutputStream out) throws IOException {
        writer.write(decision, out);
    }
}
