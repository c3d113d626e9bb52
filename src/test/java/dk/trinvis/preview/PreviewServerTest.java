package dk.trinvis.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rendersTheGuideForTheChosenPersona() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("render/rules"), 0)) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> page = get(server.uri().resolve(
                    "/?service=flytning&municipality=0751&at=2024-04-08T20:30&fact.hasMitID=false"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("Skaf dig MitID", "<option value=\"0751\" selected>");
        }
    }

    @Test
    void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodRuleSet(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules.yaml");
        Files.copy(Golden.resource("render/rules/rules.yaml"), rules);
        Files.copy(Golden.resource("render/rules/guide.yaml"), dir.resolve("guide.yaml"));
        try (PreviewServer server = PreviewServer.start(dir, 0)) {
            URI page = server.uri().resolve("/?service=flytning&municipality=0751&fact.hasMitID=false");
            String good = Files.readString(rules);
            Files.writeString(rules, good.replace("kind: AssistRule", "kind: AssistRul"));
            Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(5)));
            String broken = get(page).body();
            assertThat(broken).contains("The last edit does not load", "rules.yaml:", "unknown kind &#39;AssistRul&#39;",
                    "Skaf dig MitID");

            Files.writeString(rules, good);
            Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(10)));
            assertThat(get(page).body()).doesNotContain("The last edit does not load").contains("Skaf dig MitID");
        }
    }

    @Test
    void badInputIsShownNotThrown() throws Exception {
        try (PreviewServer server = PreviewServer.start(Golden.resource("render/rules"), 0)) {
            HttpResponse<String> page = get(server.uri().resolve("/?service=nope&at=yesterday"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("role=\"alert\"");
            assertThat(get(server.uri().resolve("/other")).statusCode()).isEqualTo(404);
        }
    }
}
