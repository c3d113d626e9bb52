package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.replay.Answer;
import dk.trinvis.internal.replay.ArchiveReader;
import dk.trinvis.internal.replay.Archived;
import dk.trinvis.internal.replay.Touch;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.EngineVersion;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Replays archived decisions: each is decided again from its receipt (service, municipality,
 * moment, facts, language, audience) and its answer compared with the archived one (requirement,
 * outage end, channel, alternative, matched grounds, authority, help offers, missing facts). What
 * an operator runs before upgrading Trinvis or installing a new rule set.
 *
 * <pre>{@code
 * ReplayReport r = Replay.replay(RuleSet.load(Path.of("rules")), Files.newBufferedReader(Path.of("decisions.jsonl")));
 * if (!r.allIdentical()) r.results().forEach(System.out::println);
 * }</pre>
 *
 * <p>The archive is JSON Lines, each line what {@code decide --format json} or
 * {@code POST /v1/decisions} returned, or only its {@code receipt}; pretty decisions one after
 * another are read too. A decision archived with its explanation is compared with its help list;
 * one archived without is replayed without. A bare receipt carries no answer to compare with: it
 * counts as identical only when it names this very rule set and engine version (deciding is
 * deterministic), else it could not be replayed.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * Decides every archived decision again on the rule set and compares the answers.
     *
     * @throws IOException when the archive cannot be read
     */
    public static ReplayReport replay(RuleSet rules, Reader archive) throws IOException {
        Objects.requireNonNull(rules, "rules");
        Tally tally = new Tally();
        for (Archived a : ArchiveReader.read(archive)) {
            if (a.problem() != null || a.request() == null) {
                tally.notReplayed(a, a.problem());
                continue;
            }
            Decision now;
            try {
                now = rules.decide(a.request());
            } catch (RequestException e) {
                tally.notReplayed(a, "cannot be decided: " + e.getMessage());
                continue;
            }
            Answer archived = a.answer();
            if (archived == null) {
                if (rules.contentHash().equals(a.ruleSetHash()) && EngineVersion.CURRENT.equals(a.engineVersion())) {
                    tally.identical();
                } else {
                    tally.notReplayed(a, "only a receipt, of another rule set or engine: there is no answer to compare"
                            + " with; archive the whole decision, or compare rule sets with 'trinvis affected --old'");
                }
                continue;
            }
            tally.compared(a, archived.changes(Answer.of(now, a.request().explain())));
        }
        return tally.report();
    }

    /**
     * Which archived requests the new rule set answers differently from the old one, and how.
     * Requests whose service, municipality and moment no changed document can touch are not
     * compared (they are decided once, under the old rule set, only to see that they can be):
     * the answer is the same as {@link #affectedDecidingAll}'s, found faster. See
     * {@code docs/decision.md} for what each kind of document can touch.
     *
     * @throws IOException when the archive cannot be read
     */
    public static ReplayReport affected(RuleSet old, RuleSet now, Reader archive) throws IOException {
        return affected(old, now, archive, true);
    }

    /**
     * As {@link #affected}, but every request is decided under both rule sets: the check that
     * skipping untouched requests changes nothing.
     *
     * @throws IOException when the archive cannot be read
     */
    public static ReplayReport affectedDecidingAll(RuleSet old, RuleSet now, Reader archive) throws IOException {
        return affected(old, now, archive, false);
    }

    private static ReplayReport affected(RuleSet old, RuleSet now, Reader archive, boolean prune) throws IOException {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(now, "now");
        Touch touch = Touch.between(old.model(), now.model());
        Tally tally = new Tally();
        for (Archived a : ArchiveReader.read(archive)) {
            DecisionRequest r = a.request();
            if (a.problem() != null || r == null) {
                tally.notReplayed(a, a.problem());
                continue;
            }
            // Both sides with their explanation, so help lists are compared too.
            DecisionRequest explained = new DecisionRequest(r.service(), r.municipality(), r.at(), r.facts(),
                    r.language(), true, r.audience());
            boolean touched = !prune || touch.touches(r.service(), r.municipality(),
                    CopenhagenTime.at(Objects.requireNonNull(r.at())));
            Decision before;
            try {
                // An untouched request is decided once, cheaply, only to see that it can be.
                before = old.decide(touched ? explained : r.withoutExplanation());
            } catch (RequestException e) {
                tally.notReplayed(a, "the old rule set cannot decide it: " + e.getMessage());
                continue;
            }
            if (!touched) {
                tally.skipped();
                continue;
            }
            Decision after;
            try {
                after = now.decide(explained);
            } catch (RequestException e) {
                tally.notReplayed(a, "the new rule set cannot decide it: " + e.getMessage());
                continue;
            }
            tally.compared(a, Answer.of(before, true).changes(Answer.of(after, true)));
        }
        return tally.report();
    }

    /** Counts and collects what came of each entry. */
    private static final class Tally {
        private int total;
        private int identical;
        private int changed;
        private int notReplayed;
        private int skipped;
        private final List<ReplayResult> results = new ArrayList<>();

        void identical() {
            total++;
            identical++;
        }

        void skipped() {
            identical();
            skipped++;
        }

        void compared(Archived a, List<Answer.Change> differences) {
            if (differences.isEmpty()) {
                identical();
                return;
            }
            List<ReplayChange> changes = differences.stream()
                    .map(d -> new ReplayChange(d.field(), d.before(), d.after())).toList();
            total++;
            changed++;
            results.add(result(a, ReplayResult.Status.CHANGED, changes, null));
        }

        void notReplayed(Archived a, @Nullable String reason) {
            total++;
            notReplayed++;
            results.add(result(a, ReplayResult.Status.NOT_REPLAYED, List.of(), reason));
        }

        ReplayReport report() {
            return new ReplayReport(total, identical, changed, notReplayed, skipped, results);
        }

        private static ReplayResult result(Archived a, ReplayResult.Status status, List<ReplayChange> changes,
                                           @Nullable String reason) {
            DecisionRequest r = a.request();
            return new ReplayResult(a.line(), status, r == null ? null : r.service(), r == null ? null : r.municipality(),
                    a.at(), changes, reason);
        }
    }
}
