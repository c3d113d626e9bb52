package dk.trinvis.internal.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A keep-alive HTTP client for one test server, with short timeouts so a hung server fails the test. */
final class Client {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Client(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20)).build());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!isPoolRace(e)) {
                throw e;
            }
            // JDK-8338569 (fixed in JDK 24): under load the JDK 17 client may hand a pooled
            // connection's next response to the pool's idle watcher, which closes the connection
            // and fails the request with this message. The server answered; the client lost it.
            // Every request the tests send is safe to repeat, so ask once more, as a browser would.
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static boolean isPoolRace(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ("connection closed locally".equals(t.getMessage())) {
                return String.valueOf(e.getMessage()).contains("header parser received no bytes");
            }
        }
        return false;
    }

    URI uri(String path) {
        return base.resolve(path);
    }
}
