package dk.trinvis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.serve.DecisionServer;
import dk.trinvis.internal.serve.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue #27: methods, paths, headers and bodies, whole and mutated, against a started {@code serve}:
 * every request gets an HTTP answer that is no 5xx (or a closed connection, for what is not HTTP),
 * every error is a problem document, and the service answers the next request. Runs the build's
 * 400 tries (a few seconds); docs/security.md says how to run it longer.
 */
class HttpFuzzTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static DecisionServer server;

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "BREW",
            "get", "G\u00e9T", "", "POST /x");
    private static final List<String> PATHS = List.of("/v1/decisions", "/v1/guides/flytning?municipality=0751",
            "/v1/guides/flytning?municipality=0751&format=json&lang=en&at=2014-04-07T20:30&fact.hasMitID=false",
            "/v1/services", "/v1/municipalities", "/v1/facts", "/v1/help-offers", "/v1/openapi.json", "/healthz",
            "/readyz", "/metrics", "/v1/guides/..%2F..", "/v1/guides/%00", "/v1/decisions?pretty", "mailto:x", "*",
            "/v1/guides/flytning?fact[hasMitID]=1&fact.hasMitID=2&municipality=0751", "//", "/%", "/v1/guides/",
            "/v1/guides/flytning?at=%2B999999999-12-31T23:59:59%2B18:00&municipality=0751");
    private static final List<String> HEADERS = List.of("Content-Type: application/json", "Content-Type: text/plain",
            "Content-Type: application/jsonfoo", "If-Match: *", "If-Match: \"0000\"", "If-None-Match: *",
            "X-Request-Id: a\u001bb", "Content-Length: -1", "Content-Length: 99999999999", "Transfer-Encoding: chunked",
            "Expect: 100-continue", "Host:", "X: " + "y".repeat(300), "Accept: */*");
    private static final List<String> BODIES = List.of("{\"service\":\"flytning\",\"municipality\":\"0751\"}",
            "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"0000-01-01\",\"facts\":{\"hasMitID\":\"x\"}}",
            "{\"service\":\"flytning\",\"municipality\":\"0751\",\"language\":\"en\",\"explain\":false}",
            "{\"facts\":{\"" + "n".repeat(300) + "\":true},\"service\":\"flytning\",\"municipality\":\"0751\"}",
            "[", "{", "null", "\"x\"", "{\"service\":{\"a\":[[[[[[[[[[1]]]]]]]]]]}}", "\u0000\u0001", "");
    private static final Set<Integer> ANSWERS = Set.of(200, 304, 400, 404, 405, 408, 412, 413, 414, 415, 417, 431, 501, 505);

    @BeforeContainer
    static void start() throws IOException {
        server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> requests() {
        Arbitrary<String> method = Arbitraries.oneOf(Arbitraries.of(METHODS), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of(PATHS),
                Seeds.mutated(PATHS, List.of("%", "/", "?", "&", "=", "#", " ", "..", "\u00e6", "%2F", "%ZZ", "[", "]")));
        Arbitrary<List<String>> headers = Arbitraries.of(HEADERS).list().ofMaxSize(4);
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.of(BODIES),
                Seeds.mutated(BODIES, List.of("{", "}", "\"", ":", ",", "[", "]", "\\u0000", "1e999", "true")));
        return Combinators.combine(method, path, headers, body).as((m, p, h, b) -> {
            byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
            StringBuilder r = new StringBuilder(m).append(' ').append(p).append(" HTTP/1.1\r\nHost: x\r\n");
            h.forEach(line -> r.append(line).append("\r\n"));
            if (h.stream().noneMatch(line -> line.startsWith("Content-Length") || line.startsWith("Transfer-Encoding"))) {
                r.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            return r.append("Connection: close\r\n\r\n").append(b).toString();
        });
    }

    @Property(tries = 200)
    void everyRequestIsAnsweredWithoutA5xxAndTheServiceAnswersTheNext(@ForAll("requests") String request)
            throws IOException {
        String answer = send(request);
        if (!answer.isEmpty()) {
            assertThat(answer).startsWith("HTTP/1.1 ");
            int status = Integer.parseInt(answer.substring(9, 12));
            assertThat(ANSWERS).as(answer).contains(status);
            if (status >= 400 && !request.startsWith("HEAD ")) {
                assertThat(answer).contains("application/problem+json").doesNotContain("Exception", "\tat ");
            }
        }
        assertThat(send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("event=error", "\u001b");
    }

    /** Sends the bytes; what comes back until the server closes (a reset after a refusal ends it too). */
    private static String send(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            s.setSoTimeout(20_000);
            try {
                s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
            } catch (SocketException e) {
                // The server closed the connection while the request was still being written.
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                }
            } catch (SocketException e) {
                // Reset after the answer: the server closed a connection it would not read further.
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
