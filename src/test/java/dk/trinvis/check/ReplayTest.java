package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplayTest {
    private static final RuleSet BUNDLED = RuleSet.load(Path.of("guides"));
    private static final List<DecisionRequest> REQUESTS = Archives.requests(BUNDLED, 1000, 25);
    private static final List<String> DECISIONS = Archives.lines(BUNDLED, REQUESTS, 0);

    private static StringReader archive(List<String> lines) {
        return new StringReader(String.join("\n", lines) + "\n");
    }

    /** What a replay compares, read from the decisions themselves: the test's own independent account. */
    private static List<Object> answer(Decision d, boolean withHelp) {
        return List.of(d.requirement(), String.valueOf(d.until()), String.valueOf(d.channel()), d.alternative(),
                d.grounds().stream().map(Decision.MatchedGround::id).toList(),
                d.authority() == null ? "-" : d.authority().id(),
                withHelp ? d.help().stream().map(Decision.Help::id).toList() : List.of(),
                d.missingFacts().stream().map(Decision.MissingFact::id).toList());
    }

    /** The archive lines (1-based) that deciding everything under both rule sets answers differently. */
    private static TreeSet<Integer> differingLines(RuleSet old, RuleSet now, boolean withHelpWhereExplained) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (int i = 0; i < REQUESTS.size(); i++) {
            DecisionRequest r = REQUESTS.get(i);
            boolean help = !withHelpWhereExplained || r.explain();
            DecisionRequest explained = new DecisionRequest(r.service(), r.municipality(), r.at(), r.facts(),
                    r.language(), withHelpWhereExplained ? r.explain() : true, r.audience());
            if (!Objects.equals(answer(old.decide(explained), help), answer(now.decide(explained), help))) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    @Test
    void aThousandDecisionsReplayIdenticallyOnTheRuleSetThatMadeThem() throws IOException {
        ReplayReport report = Replay.replay(BUNDLED, archive(DECISIONS));
        assertThat(report.total()).isEqualTo(1000);
        assertThat(report.results()).isEmpty();
        assertThat(report.allIdentical()).isTrue();
    }

    @Test
    void bareReceiptsOfTheSameRuleSetAndEngineAreIdenticalAndOfAnotherCannotBeCompared(@TempDir Path dir)
            throws IOException {
        List<String> receipts = Archives.lines(BUNDLED, REQUESTS.subList(0, 50), 1);
        assertThat(Replay.replay(BUNDLED, archive(receipts)).allIdentical()).isTrue();
        RuleSet other = RuleSet.load(Archives.changed(dir, "areas.yaml", "Borgerservice", "Borgerservicen"));
        ReplayReport report = Replay.replay(other, archive(receipts));
        assertThat(report.notReplayed()).isEqualTo(50);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.reason()).contains("only a receipt"));
    }

    @Test
    void afterAPeriodMovesExactlyTheDecisionsWhoseAnswerChangesAreReported(@TempDir Path dir) throws IOException {
        RuleSet moved = RuleSet.load(Archives.changed(dir, "services/wave1.yaml", "  - from: 2012-12-01",
                "  - from: 2013-06-01"));
        ReplayReport report = Replay.replay(moved, archive(DECISIONS));
        TreeSet<Integer> expected = differingLines(BUNDLED, moved, true);
        assertThat(expected).isNotEmpty();
        assertThat(report.results()).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReplayResult.Status.CHANGED));
        assertThat(report.results()).extracting(ReplayResult::line).containsExactlyElementsOf(expected);
        assertThat(report.changed()).isEqualTo(expected.size());
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.service()).isEqualTo("flytning");
            assertThat(r.changes()).extracting(ReplayChange::field).contains("requirement");
        });
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("services/wave1.yaml", "  - from: 2012-12-01", "  - from: 2013-06-01", true),
                Arguments.of("outages.yaml", "to: 2023-11-28T10:00", "to: 2023-12-20T10:00", true),
                Arguments.of("help/regional.yaml", "from: 2013-12-03", "from: 2014-06-01", true),
                // A ground for every area touches every request: nothing can be skipped.
                Arguments.of("exemptions.yaml", "from: 2023-06-01", "from: 2023-09-01", false),
                Arguments.of("municipalities.yaml", "from: 2012-06-01", "from: 2012-03-01", true));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void affectedAgreesWithDecidingEverythingUnderBothRuleSets(String file, String from, String to, boolean skips,
                                                               @TempDir Path dir) throws IOException {
        RuleSet now = RuleSet.load(Archives.changed(dir, file, from, to));
        ReplayReport pruned = Replay.affected(BUNDLED, now, archive(DECISIONS));
        ReplayReport everything = Replay.affectedDecidingAll(BUNDLED, now, archive(DECISIONS));
        assertThat(pruned.results()).isEqualTo(everything.results());
        assertThat(pruned.identical()).isEqualTo(everything.identical());
        assertThat(everything.skipped()).isZero();
        if (skips) {
            assertThat(pruned.skipped()).as("requests no change can touch are not decided again").isPositive();
        }
        assertThat(pruned.results()).extracting(ReplayResult::line)
                .containsExactlyElementsOf(differingLines(BUNDLED, now, false));
    }

    @Test
    void anUnchangedRuleSetAffectsNothingAndDecidesNothingAgain() throws IOException {
        ReplayReport report = Replay.affected(BUNDLED, RuleSet.load(Path.of("guides")), archive(DECISIONS));
        assertThat(report.allIdentical()).isTrue();
        assertThat(report.skipped()).isEqualTo(1000);
    }

    @Test
    void linesThatCannotBeReplayedSayWhyAndTheRestAreStillReplayed() throws IOException {
        List<String> lines = new ArrayList<>(DECISIONS.subList(0, 5));
        lines.add(2, "{not json");
        lines.add(4, "{\"receipt\": {\"at\": \"2014-01-01T10:00+01:00\", \"service\": \"flytnig\", \"municipality\": \"0751\"}}");
        lines.add("[1, 2]");
        ReplayReport report = Replay.replay(BUNDLED, archive(lines));
        assertThat(report.total()).isEqualTo(8);
        assertThat(report.identical()).isEqualTo(5);
        assertThat(report.results()).extracting(ReplayResult::line, ReplayResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ReplayResult.Status.NOT_REPLAYED),
                org.assertj.core.groups.Tuple.tuple(5, ReplayResult.Status.NOT_REPLAYED),
                org.assertj.core.groups.Tuple.tuple(8, ReplayResult.Status.NOT_REPLAYED));
        assertThat(report.results().get(0).reason()).startsWith("not JSON");
        assertThat(report.results().get(1).reason()).contains("unknown service 'flytnig'");
    }

    @Test
    void prettyDecisionsOneAfterAnotherAreReadAsWell() throws IOException {
        StringBuilder pretty = new StringBuilder();
        for (DecisionRequest r : REQUESTS.subList(0, 20)) {
            pretty.append(BUNDLED.decide(r).toJson()).append('\n');
        }
        ReplayReport report = Replay.replay(BUNDLED, new StringReader(pretty.toString()));
        assertThat(report.total()).isEqualTo(20);
        assertThat(report.allIdentical()).isTrue();
    }
}
