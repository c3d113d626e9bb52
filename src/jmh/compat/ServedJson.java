package dk.trinvis.bench;

import dk.trinvis.model.Decision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What {@code trinvis serve} wrote as the body of {@code POST /v1/decisions} before the streamed
 * writer: {@code Decision.toJson()} (a Jackson tree, pretty-printed) as UTF-8 bytes.
 * {@code src/jmh/compare.sh} puts this file in place of {@code java/dk/trinvis/bench/ServedJson.java}
 * when it builds the benchmarks against an engine without {@code internal.json.DecisionJson}.
 */
final class ServedJson {
    void write(Decision decision, OutputStream out) throws IOException {
        out.write(decision.toJson().getBytes(StandardCharsets.UTF_8));
    }
}
