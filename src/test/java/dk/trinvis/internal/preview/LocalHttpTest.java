package dk.trinvis.internal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #18: the preview answers only its own page, and no client can hold it up. */
class LocalHttpTest {

    private static LocalHttp ok() throws IOException {
        return LocalHttp.start(0, (path, query) -> LocalHttp.Answer.text(200, "ok"));
    }

    /** Sends a raw request and returns the status line; the socket timeout only guards against a hang. */
    private static String statusLine(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return response;
        }
    }

    @Test
    void clientsThatSendHalfARequestAndStallDoNotBlockOthers() throws Exception {
        try (LocalHttp server = ok()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < LocalHttp.THREADS - 1; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                    s.getOutputStream().write('G');
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                assertThat(statusLine(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                        + "\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 200");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aStalledClientIsDisconnectedSoItsThreadIsFreedAgain() throws Exception {
        try (LocalHttp server = ok(); Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(60_000); // a hang guard; the server's own limit is LocalHttp.TIMEOUT_SECONDS
            s.getOutputStream().write('G');
            s.getOutputStream().flush();
            int read;
            try {
                read = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                read = -1;
            }
            assertThat(read).as("the server closed the connection").isEqualTo(-1);
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (LocalHttp server = ok()) {
            assertThat(statusLine(server.port(), "GET / HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 421");
            assertThat(statusLine(server.port(), "GET / HTTP/1.1\r\nHost: localhost:" + server.port()
                    + "\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 200");
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        try (LocalHttp server = ok()) {
            assertThat(statusLine(server.port(), "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 405");
        }
    }
}
