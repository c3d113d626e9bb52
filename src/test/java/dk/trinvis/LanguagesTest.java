package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.check.Linter;
import dk.trinvis.check.LintCodes;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Problem;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.Text;
import dk.trinvis.render.HtmlRenderer;
import dk.trinvis.testing.Golden;
import dk.trinvis.internal.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Languages are an open set: any ISO 639 code in texts and requests, with Danish as the fallback everywhere. */
class LanguagesTest {
    static final RuleSet RULES = RuleSet.load(Golden.resource("decide"));

    static DecisionRequest flytning(Language lang) {
        return DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-03-04T10:00"))
                .facts(Map.of("cognitiveImpairment", true)).language(lang);
    }

    @Test
    void aUkrainianDecisionExplainsItselfInUkrainianWithTheRuleSetsTextsInDanishWhereItHasNoUkrainian() {
        Decision d = RULES.decide(flytning(Language.UK));
        assertThat(d.receipt().lang()).isEqualTo("uk");
        assertThat(d.trace()).extracting(Decision.TraceEntry::text)
                .anySatisfy(t -> assertThat(t).startsWith("Цифрове самообслуговування обов’язкове з 2012-12-01"))
                .anySatisfy(t -> assertThat(t).startsWith("Виняток: Kognitiv funktionsnedsættelse. Орган влади зобов’язаний"));
        assertThat(d.grounds()).extracting(Decision.MatchedGround::title).containsExactly("Kognitiv funktionsnedsættelse");
    }

    @Test
    void aLanguageNobodyWroteIsAnsweredAndReceiptedInDanish() {
        Decision d = RULES.decide(flytning(Language.of("de")));
        assertThat(d.receipt().lang()).isEqualTo("da");
        assertThat(d.trace()).extracting(Decision.TraceEntry::text)
                .isEqualTo(RULES.decide(flytning(Language.DA)).trace().stream().map(Decision.TraceEntry::text).toList());
        assertThat(RULES.guide(flytning(Language.of("de"))).language()).isEqualTo(Language.DA);
    }

    @Test
    void aUkrainianGuidePageHasUkrainianLabelsAndMarksEachDanishTextAsDanish() {
        ResolvedGuide guide = RULES.guide(flytning(Language.UK));
        String html = new HtmlRenderer().render(guide);
        assertThat(html).contains("lang=\"uk\"").contains("Крок за кроком").contains("lang=\"da\"")
                .doesNotContain("Trin for trin");
    }

    @Test
    void aRuleSetMayWriteItsTextsInAnyLanguageAndAnswersInItWhereItDid(@TempDir Path dir) throws IOException {
        Path rules = Golden.resource("decide").resolve("rules.yaml");
        String yaml = Files.readString(rules).replace("title: {da: Anmeld flytning, en: Report a move}",
                "title: {da: Anmeld flytning, en: Report a move, uk: Повідомити про переїзд, de: Umzug melden}");
        Files.writeString(dir.resolve("rules.yaml"), yaml);
        RuleSet set = RuleSet.load(dir);
        assertThat(set.model().languages()).containsExactly(Language.DA, Language.of("de"), Language.EN, Language.UK);
        assertThat(set.guide(flytning(Language.UK)).title().text()).isEqualTo("Повідомити про переїзд");
        ResolvedGuide german = set.guide(flytning(Language.of("de")));
        assertThat(german.language()).isEqualTo(Language.of("de"));
        assertThat(german.title().text()).isEqualTo("Umzug melden");
        assertThat(set.decide(flytning(Language.of("de"))).receipt().lang()).isEqualTo("de");
    }

    @Test
    void aLanguageWrittenOnlyInALinkTextIsALanguageOfTheRuleSet(@TempDir Path dir) throws IOException {
        dk.trinvis.testing.Folders.copyTree(Golden.resource("render/rules"), dir);
        Path guide = dir.resolve("guide.yaml");
        Files.writeString(guide, Files.readString(guide).replace("en: \"Read about moving on borger.dk\"}",
                "en: \"Read about moving on borger.dk\", fr: \"Lire sur le déménagement\"}"));
        RuleSet set = RuleSet.load(dir);
        assertThat(set.model().languages()).contains(Language.of("fr"));
        ResolvedGuide french = set.guide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-03-04T10:00")).language(Language.of("fr")));
        assertThat(french.language()).isEqualTo(Language.of("fr"));
        assertThat(french.links()).extracting(l -> l.text().text()).contains("Lire sur le déménagement");
    }

    @Test
    void aTextKeyThatIsNoLanguageIsReportedWithTheLanguagesThatAre(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Golden.resource("decide").resolve("rules.yaml"))
                .replace("title: {da: Anmeld flytning, en: Report a move}", "title: {da: Anmeld flytning, english: Report a move}");
        Files.writeString(dir.resolve("rules.yaml"), yaml);
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            Problem p = e.problems().get(0);
            assertThat(p.format("", Language.EN)).contains("'english' is not a language of a text").contains("'uk:'");
            assertThat(p.format("", Language.DA)).contains("'english' er ikke et sprog i en tekst");
        });
    }

    @Test
    void lintWarnsOncePerLanguageThatSomeTextsOfADocumentLack(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Golden.resource("decide").resolve("rules.yaml"))
                .replace("title: {da: Anmeld flytning, en: Report a move}",
                        "title: {da: Anmeld flytning, en: Report a move, uk: Повідомити про переїзд}\ndescription: {da: Når du flytter, en: When you move}");
        Files.writeString(dir.resolve("rules.yaml"), yaml);
        List<Problem> lint = new Linter(java.time.Clock.systemUTC()).lint(RuleSet.load(dir));
        assertThat(lint).filteredOn(p -> p.code().equals(LintCodes.MISSING_TRANSLATION))
                .extracting(p -> p.message()).containsOnlyOnce("some texts of this document have 'uk' and some do not")
                .filteredOn(m -> m.contains("'uk'")).hasSize(1);
    }

    @Test
    void aTextIsJsonByLanguageCodeDanishFirst() {
        Text t = new Text("Hej", Map.of(Language.UK, "Привіт", Language.EN, "Hello"));
        assertThat(Json.write(t).replaceAll("\\s", "")).isEqualTo("{\"da\":\"Hej\",\"en\":\"Hello\",\"uk\":\"Привіт\"}");
        assertThat(t.in(Language.of("de"))).isEqualTo("Hej");
        assertThat(t.languageFor(Language.of("de"))).isEqualTo(Language.DA);
        assertThatThrownBy(() -> new Text("Hej", Map.of(Language.DA, "Hej"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageCodesAreIsoCodesAndNothingElse() {
        assertThat(Language.parse("UK")).contains(Language.UK);
        assertThat(Language.parse("da-DK")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse("english")).isEmpty();
        assertThat(Language.of("fa").locale().getLanguage()).isEqualTo("fa");
    }
}
