package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenShutdownStartsIsStillAnswered() throws Exception {
        DecisionServer server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(OutputStream.nullOutputStream()));
        int port = server.uri().getPort();
        String body = "{\"service\":\"flytning\",\"municipality\":\"0751\"}";
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body.substring(0, 10)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Bounded wait for the handler to be reading the body.
            for (int i = 0; i < 500 && server.inFlight() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(1);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            for (int i = 0; i < 500 && !refusesConnections(port); i++) {
                Thread.sleep(10);
            }
            assertThat(refusesConnections(port)).isTrue();
            out.write(body.substring(10).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.UTF_8);
            assertThat(status).isEqualTo("HTTP/1.1 200");
            closing.get(20, TimeUnit.SECONDS);
        }
    }

    private static boolean refusesConnections(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return !probe.isConnected();
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
