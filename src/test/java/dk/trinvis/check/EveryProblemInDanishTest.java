package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.expr.ExprProblem;
import dk.trinvis.internal.expr.Expressions;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.expr.Type;
import dk.trinvis.internal.hours.HoursSyntaxException;
import dk.trinvis.internal.hours.OpeningHours;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Content editors are Danish: every load error and lint warning has its Danish words in the phrase books. */
class EveryProblemInDanishTest {
    /** Words of English sentences that Danish sentences never hold. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|are|not|expected|found|unknown|must|cannot|declared|missing|write|has|than|allowed)\\b");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Scope SCOPE = Scope.builder()
            .name("citizen.hasMitID", Type.BOOLEAN)
            .name("citizen.age", Type.INTEGER)
            .name("citizen.movedOn", Type.DATE)
            .name("decision.channel", Type.STRING, Set.of("self-service", "assisted", "alternative"))
            .build();

    static Stream<String> brokenAndLintedRuleSets() throws IOException {
        List<String> folders = new ArrayList<>();
        for (String parent : List.of("loader", "lint-fixtures")) {
            try (Stream<Path> dirs = Files.list(Golden.resource(parent))) {
                dirs.filter(Files::isDirectory).map(d -> parent + "/" + d.getFileName()).sorted().forEach(folders::add);
            }
        }
        folders.addAll(List.of("lint", "lint-channels", "overlay"));
        return folders.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAndLintedRuleSets")
    void everyProblemOfARuleSetIsAPhraseWithDanishWords(String folder) {
        List<Problem> problems = problems(Golden.resource(folder));
        assertThat(problems).as("problems of %s", folder).isNotEmpty();
        for (Problem p : problems) {
            assertThat(p.phrase()).as("%s: %s", p.code(), p.message()).isNotNull();
            assertDanish(p.phrase());
            assertThat(p.format("", Language.DA)).startsWith(p.location() + ": ");
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "citizen.age", "citizen.hasMitID = true", "citizen.hasMitID ! citizen.age", "citizen.age # 3",
            "decision.channel == 'x", "citizen.movedOn < 2024-02-30", "citizen.age > 12ab", "citizen.hasMitID citizen.age",
            "citizen.age == 'x'", "citizen.hasMitID == 'true'", "citizen.hasMitID < true", "decision.channel == 'nope'",
            "citizen.age in 3", "citizen.age in [citizen.age]", "citizen.age in ['a']", "citizen.age in [1 2]",
            "(citizen.hasMitID", "citizen.hasMitId", "foo.bar", "citizen.age and citizen.hasMitID", "citizen.hasMitID and"})
    void everyProblemOfAnExpressionIsAPhraseWithDanishWords(String source) {
        List<ExprProblem> problems = Expressions.compile(source, SCOPE).problems();
        assertThat(problems).as("problems of %s", source).isNotEmpty();
        problems.forEach(p -> assertDanish(p.phrase()));
    }

    @Test
    void tooDeepAndTooLongExpressionsAreSaidInDanishToo() {
        String deep = "(".repeat(100) + "citizen.hasMitID" + ")".repeat(100);
        String longOne = "citizen.hasMitID or ".repeat(200) + "citizen.hasMitID";
        for (String source : List.of(deep, longOne)) {
            List<ExprProblem> problems = Expressions.compile(source, SCOPE).problems();
            assertThat(problems).isNotEmpty();
            problems.forEach(p -> assertDanish(p.phrase()));
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "Ma-Fr 09:00-15:00", "Mo-Fr 09:00", "Mo-Fr 9-15", "Mo-Fr 25:00-26:00", "Xy 09:00-10:00",
            "Mo-Fr 09:00-15:00 Sa", "Dec 24-Jan", "Jun-", "Feb 30", "2025 Feb 29 off", "Mo-Fr 09:00-15:00 \"open",
            "Mo-Fr 09:00-15:00; Jan xx", "Mo-"})
    void everyProblemOfOpeningHoursIsAPhraseWithDanishWords(String spec) {
        try {
            OpeningHours.parse(spec);
            throw new AssertionError("'" + spec + "' must not parse");
        } catch (HoursSyntaxException e) {
            e.all().forEach(each -> {
                assertDanish(each.phrase());
                assertThat(each.getMessage()).isEqualTo(each.phrase().message(Language.EN));
            });
        }
    }

    @Test
    void tooLongOpeningHoursAreSaidInDanishToo() {
        HoursSyntaxException e = org.assertj.core.api.Assertions.catchThrowableOfType(HoursSyntaxException.class,
                () -> OpeningHours.parse("Mo-Fr 09:00-15:00; ".repeat(1000)));
        assertThat(e.phrase().message(Language.DA)).startsWith("åbningstiderne er 19000 tegn");
    }

    @Test
    void theCheckForEnglishWordsCatchesAnEnglishSentence() {
        Phrase english = Phrase.of("reference.unknown", "area", "sundhed", "Area");
        String text = withoutValues(english.message(Language.EN) + " " + english.hint(Language.EN), english.args());
        assertThat(ENGLISH.matcher(text).find()).isTrue();
    }

    /** The Danish message and hint exist and, without the values filled in, hold no English sentence. */
    private static void assertDanish(Phrase phrase) {
        String danish = phrase.message(Language.DA);
        String hint = phrase.hint(Language.DA);
        String text = withoutValues(danish + " " + (hint == null ? "" : hint), phrase.args());
        assertThat(danish).as(phrase.key()).isNotBlank().doesNotContainPattern("\\{\\d");
        assertThat(ENGLISH.matcher(text.toLowerCase(Locale.ROOT)).find())
                .as("English words in the Danish text of %s: %s", phrase.key(), text).isFalse();
        assertThat(phrase.message(Language.EN)).as(phrase.key()).isNotBlank().doesNotContainPattern("\\{\\d");
    }

    /** The text without the values (ids, file names, the parser's words), which are the same in every language. */
    private static String withoutValues(String text, List<String> values) {
        String out = text.replaceAll("'[^']*'|\"[^\"]*\"", "");
        for (String v : values) {
            out = out.replace(v, "");
        }
        return out;
    }

    private static List<Problem> problems(Path folder) {
        try {
            RuleSet rules = RuleSet.load(folder);
            List<Problem> all = new ArrayList<>(rules.warnings());
            all.addAll(new Linter(CLOCK).lint(rules));
            return all;
        } catch (RuleSetException e) {
            return e.problems();
        }
    }
}
