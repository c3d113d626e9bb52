package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #27 finding 5: with the JDK server, 100 clients sending a header byte a second held the 16
 * workers, and every other call waited about 10 s. Now a selector reads them and the workers stay
 * free. The 5-second client timeout is a hang guard, not a measurement (src/jmh/slow-clients.sh
 * measures the latency).
 */
class SlowClientsTest {

    @Test
    void aHundredClientsSendingAByteASecondLeaveHealthAndDecisionsAnswering() throws Exception {
        try (DecisionServer server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(OutputStream.nullOutputStream()))) {
            List<Socket> slow = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            try {
                for (int i = 0; i < 100; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort());
                    slow.add(s);
                    s.getOutputStream().write((i % 2 == 0 ? "G" : "POST /v1/decisions HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                }
                for (int second = 0; second < 3; second++) {
                    trickle(slow, second);
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(server.uri().resolve("/healthz"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(health.statusCode()).isEqualTo(200);
                    HttpResponse<String> decision = http.send(HttpRequest.newBuilder(server.uri().resolve("/v1/decisions"))
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"flytning\",\"municipality\":\"0751\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(decision.statusCode()).isEqualTo(200);
                    Thread.sleep(1000);
                }
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    /** One more byte from each slow client: a header line's letter, or a body's. */
    private static void trickle(List<Socket> slow, int second) {
        for (int i = 0; i < slow.size(); i++) {
            try {
                slow.get(i).getOutputStream().write(i % 2 == 0 ? "ET / HTTP/1.1\r\n".charAt(second) : ' ');
            } catch (IOException e) {
                // The server may close a client that is too slow; that is its right.
            }
        }
    }
}
