package dk.trinvis.internal.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview of a municipality's layer on the national rule set shows its steps, in the page's language. */
class PreviewLayersTest {

    @Test
    void aLayerStackedOnItsBaseIsPreviewedWithItsStepsAndValuesInWords() throws Exception {
        Path layers = Golden.resource("layers");
        try (PreviewServer server = PreviewServer.start(layers.resolve("national"), List.of(layers.resolve("hvidovre")), 0)) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri()
                            .resolve("/?service=flytning&municipality=0167&at=2024-01-02T10:00&fact.hasMitID=true")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Få hjælp af en floorwalker i Borgerservice Hvidovre",
                    "<dt>Krav</dt><dd>obligatorisk digital selvbetjening</dd>",
                    "<dt>Kanal</dt><dd>digital selvbetjening</dd>");
        }
    }
}
