package example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every address the portal cannot use is answered by a page in the citizen's language that says
 * what is wrong and offers a way back: never an empty reply, never the library's English text.
 */
class BadAddressTest {
    private static Portal portal;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(RuleSet.bundled(), 0);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(portal.uri().resolve(URI.create(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/spoergsmaal?municipality=0615&service=flytning&at=igaar",
        "/spoergsmaal?municipality=9999&service=flytning",
        "/spoergsmaal?service=flytning",
        "/spoergsmaal?municipality=0615&service=flyting",
        "/spoergsmaal?municipality=0615&service=flytning&fact.hasMitID=maaske",
        "/spoergsmaal?municipality=0615&service=flytning&fact.hasMitId=true",
        "/beslutning?municipality=0615&service=flytning&at=2024-13-01T10:00",
        "/udskriv?municipality=0615&service=flytning&fact.hasMitID=ja",
        "/udskriv?municipality=0101&service=cpr-attest",
        "/forloeb?event=ny-foraelder&municipality=0615&date=1.3.2024",
        "/forloeb?event=bryllup&municipality=0615&date=2024-03-01",
        "/forloeb/oversigt?event=ny-foraelder&municipality=0615&date=2024-03-01&at=nu",
        "/forloeb/udskriv?event=ny-foraelder&municipality=0615&date=2024-03-01&fact.childBaptised=42",
        "/spoergsmaal?municipality=0615&service=flytning&fact.hasMitID=%C3",
    })
    void aBadParameterGetsADanishPageWithAWayBack(String path) throws Exception {
        HttpResponse<String> r = get(path);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("<html lang=\"da\">", "<h1>Siden kan ikke vises</h1>", "Start forfra</a>")
                .doesNotContain("unknown").doesNotContain("cannot be").doesNotContain("Exception");
    }

    @Test
    void aBadAnswerNamesTheQuestionAndLeadsBackToIt() throws Exception {
        String body = get("/spoergsmaal?municipality=0615&service=flytning&fact.hasMitID=maaske").body();

        assertThat(body).contains("Svaret »maaske« på »", "Gå tilbage til dine svar")
                .contains("href=\"/spoergsmaal?municipality=0615&amp;service=flytning&amp;forrige.fact.hasMitID=maaske\"");
    }

    @Test
    void theBadPageSpeaksTheCitizensLanguage() throws Exception {
        assertThat(get("/spoergsmaal?municipality=9999&service=flytning&lang=en").body())
                .contains("<html lang=\"en\">", "We do not know the municipality “9999”.");
        assertThat(get("/spoergsmaal?municipality=9999&service=flytning&lang=uk").body())
                .contains("<html lang=\"uk\">", "Ми не знаємо муніципалітету «9999».");
    }

    @Test
    void anUnknownPageIsNotFoundInDanish() throws Exception {
        HttpResponse<String> r = get("/findes-ikke");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Siden findes ikke", "Start forfra</a>");
    }

    @Test
    void everyLanguageHasEveryPhrase() {
        for (Language lang : List.of(Language.EN, Language.UK)) {
            assertThat(Words.of(lang).keys()).as(lang.code()).isEqualTo(Words.of(Language.DA).keys());
        }
    }
}
