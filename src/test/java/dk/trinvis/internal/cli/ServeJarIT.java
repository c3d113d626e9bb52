package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code trinvis serve} from the packaged jar: starts, answers, and stops cleanly on SIGTERM. */
class ServeJarIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = Path.of("target", "trinvis-cli.jar").toString();

    @Test
    void eventsOnStandardOutputMoveTheAccessLogToStandardErrorAndAreAllWrittenOnSigterm() throws Exception {
        // Standard output to a file, read once the process has ended: what the events wrote, whole.
        Path stdout = java.nio.file.Files.createTempFile("serve-events", ".jsonl");
        Process p = new ProcessBuilder(JAVA, "-jar", JAR, "serve", "--port", "0", "--events", "-")
                .redirectOutput(stdout.toFile()).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String start = err.readLine();
            assertThat(start).startsWith("event=start url=http://127.0.0.1:");
            URI base = URI.create(start.substring("event=start url=".length(), start.indexOf(' ', 16)));
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/v1/decisions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"flytning\",\"municipality\":\"0751\","
                                + "\"facts\":{\"age\":97}}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
            }
            assertThat(err.readLine()).contains("route=/v1/decisions status=200");
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String events = java.nio.file.Files.readString(stdout);
            assertThat(events.lines()).hasSize(3).allMatch(l -> l.startsWith("{\"version\":1,") && l.contains("\"service\":\"flytning\""));
            assertThat(events).doesNotContain(":97");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void servesUntilSigtermThenExits() throws Exception {
        Process p = new ProcessBuilder(JAVA, "-jar", JAR, "serve", "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String start = out.readLine();
            assertThat(start).startsWith("event=start url=http://127.0.0.1:");
            URI base = URI.create(start.substring("event=start url=".length(), start.indexOf(' ', 16)));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/v1/decisions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"flytning\",\"municipality\":\"0751\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(out.readLine()).contains("route=/v1/decisions status=200");
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(143);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aClientThatStopsSendingIsCutOffByTheRequestTimeLimit() throws Exception {
        Process p = new ProcessBuilder(JAVA, "-jar", JAR, "serve", "--port", "0", "--request-time", "1")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            URI base = URI.create(out.readLine().replaceFirst("event=start url=(\\S+).*", "$1"));
            for (String partial : List.of("GET /healthz HTTP/1.1\r\nHost: x\r\n",
                    "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100"
                            + "\r\n\r\n{")) {
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
                    s.setSoTimeout(30_000);
                    s.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
                    assertThat(s.getInputStream().read()).as(partial).isEqualTo(-1);
                }
            }
            // The trickled GET never became a request, so it is logged as a cut-off (408) or not at all.
            String line = out.readLine();
            while (line.contains("route=unmatched")) {
                assertThat(line).contains("method=GET").contains("status=408");
                line = out.readLine();
            }
            assertThat(line).contains("route=/v1/decisions status=408");
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBrokenRuleFolderIsReportedAndNothingIsServed() throws Exception {
        Process p = new ProcessBuilder(List.of(JAVA, "-jar", JAR, "serve", "--port", "0", "--rules",
                Path.of("src/test/resources/loader/four-mistakes").toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.lines().filter(l -> l.contains(": error TRV"))).hasSize(4);
    }
}
