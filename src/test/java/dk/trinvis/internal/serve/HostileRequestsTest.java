package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HostileRequestsTest {
    @RegisterExtension
    static final ServedRules SERVED = new ServedRules();

    @AfterEach
    void theServerStillAnswers() throws Exception {
        assertThat(SERVED.client().post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\"}").statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> decide(String body) throws Exception {
        return SERVED.client().post("/v1/decisions", body);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json; charset=utf-8");
        assertThat(r.body()).contains("\"status\" : " + status, "\"code\" : \"" + code + "\"")
                .doesNotContain("Exception", "\tat ", "dk.trinvis.");
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() throws Exception {
        HttpResponse<String> r = decide("{\"service\": \"flytning\",");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body()).contains("not valid JSON at 1:");
    }

    @Test
    void deepNestingIs400() throws Exception {
        assertProblem(decide("{\"facts\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"), 400, "invalid-request");
    }

    @Test
    void unknownFieldsAre400WithTheNearestKnownOne() throws Exception {
        HttpResponse<String> r = decide("{\"servce\":\"flytning\",\"municipality\":\"0751\"}");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body()).contains("\"hint\" : \"did you mean 'service'?\"");
    }

    @Test
    void wrongTypesAre400() throws Exception {
        assertProblem(decide("{\"service\":5,\"municipality\":\"0751\"}"), 400, "invalid-request");
        assertProblem(decide("[1,2]"), 400, "invalid-request");
        assertProblem(decide("{\"service\":\"flytning\",\"municipality\":\"0751\",\"facts\":{\"hasMitID\":[true]}}"),
                400, "invalid-request");
        HttpResponse<String> badValue = decide(
                "{\"service\":\"flytning\",\"municipality\":\"0751\",\"facts\":{\"hasMitID\":\"maybe\"}}");
        assertProblem(badValue, 400, "bad-fact-value");
        assertThat(badValue.body()).contains("\"field\" : \"facts.hasMitID\"", "\"hint\" : ");
        assertProblem(decide("{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"yesterday\"}"),
                400, "invalid-request");
        assertProblem(decide("{\"service\":\"flytning\",\"municipality\":\"0751\",\"audience\":\"authority\"}"),
                400, "invalid-request");
    }

    @Test
    void libraryErrorsKeepTheirMessageAndHint() throws Exception {
        HttpResponse<String> r = decide("{\"service\":\"flytnig\",\"municipality\":\"0751\"}");
        assertProblem(r, 400, "unknown-service");
        assertThat(r.body()).contains("\"detail\" : \"unknown service 'flytnig' (did you mean 'flytning'?)\"",
                "\"hint\" : \"did you mean 'flytning'?\"");
        assertProblem(decide("{\"service\":\"flytning\",\"municipality\":\"9999\"}"), 400, "unknown-municipality");
        assertProblem(decide("{\"service\":\"flytning\",\"municipality\":\"0751\",\"facts\":{\"hasMitId\":true}}"),
                400, "unknown-fact");
    }

    @Test
    void pathTraversalInTheServiceIsRefused() throws Exception {
        assertProblem(SERVED.client().get("/v1/guides/..%2F..%2Fetc%2Fpasswd?municipality=0751"), 400, "invalid-service-id");
        assertThat(raw("GET /v1/guides/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 404");
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() throws Exception {
        assertProblem(SERVED.client().get("/v2/decisions"), 404, "unknown-route");
        HttpResponse<String> r = SERVED.client().get("/v1/decisions");
        assertProblem(r, 405, "method-not-allowed");
        assertThat(r.headers().firstValue("Allow")).contains("POST");
        assertProblem(SERVED.client().send(HttpRequest.newBuilder(SERVED.client().uri("/v1/services")).DELETE().build()),
                405, "method-not-allowed");
    }

    @Test
    void aTenMegabyteBodyIs413BeforeItIsRead() throws Exception {
        String response = raw("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10485760\r\nConnection: close\r\n\r\n{\"service\":\"" + "x".repeat(100_000));
        assertThat(response).startsWith("HTTP/1.1 413").contains("\"code\" : \"body-too-large\"");
    }

    @Test
    void aFiveMegabyteHeaderClosesTheConnectionUnanswered() throws Exception {
        StringBuilder answer = new StringBuilder();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), SERVED.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(5 << 20) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            answer.append(readAll(s.getInputStream()));
        } catch (java.net.SocketException e) {
            // The JDK server closed the connection while the header was still being written.
        }
        assertThat(answer.toString()).doesNotStartWith("HTTP/1.1 200");
    }

    @Test
    void fiveHundredConcurrentConnectionsAreAllAnswered() throws Exception {
                List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), SERVED.port());
                s.setSoTimeout(30_000);
                sockets.add(s);
            }
            String body = "{\"service\":\"flytning\",\"municipality\":\"0751\"}";
            byte[] request = ("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8);
            for (Socket s : sockets) {
                s.getOutputStream().write(request);
            }
            int ok = 0;
            for (Socket s : sockets) {
                if (readAll(s.getInputStream()).startsWith("HTTP/1.1 200")) {
                    ok++;
                }
            }
            assertThat(ok).isEqualTo(500);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /** Sends raw bytes, then reads what comes back until the server closes or stops writing. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), SERVED.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return readAll(s.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                b.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketException e) {
            // Reset after the answer: the server closed a connection it would not read further.
        }
        return b.toString();
    }
}
