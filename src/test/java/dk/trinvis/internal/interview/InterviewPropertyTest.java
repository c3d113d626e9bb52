package dk.trinvis.internal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interview's promise, checked exhaustively on the bundled rule set: for a deterministic
 * sample of (service, municipality, moment) triples and every assignment of the boolean facts
 * their rules refer to, following {@code next} until {@code done} ends with the answer given
 * when every fact is known, and every question asked could have changed that answer.
 */
class InterviewPropertyTest {
    static final RuleSet RULES = RuleSet.bundled();
    static final Pattern CITIZEN_FACT = Pattern.compile("citizen\\.([A-Za-z0-9_]+)");
    static final List<LocalDateTime> MOMENTS = List.of(
            LocalDateTime.parse("2012-06-04T10:00"), LocalDateTime.parse("2012-12-03T10:00"),
            LocalDateTime.parse("2013-12-02T10:00"), LocalDateTime.parse("2014-12-01T10:00"),
            LocalDateTime.parse("2016-03-01T10:00"), LocalDateTime.parse("2023-11-20T10:00"),
            LocalDateTime.parse("2024-03-01T10:00"));
    static final int SAMPLE = 210;

    /** What a citizen sees: the decision's fields that matter and the guide's steps. */
    record Outcome(Requirement requirement, Channel channel, Effect alternative, Set<String> grounds,
                   List<String> shown, List<String> conditional) {
    }

    record Triple(String service, String municipality, LocalDateTime at) {
        DecisionRequest request(Map<String, Object> facts) {
            return DecisionRequest.of(service, municipality).at(at).facts(facts).withoutExplanation();
        }
    }

    @Test
    void followingNextUntilDoneEndsWithTheFullAnswerAndAsksOnlyQuestionsThatMatter() {
        List<Triple> triples = sample();
        assertThat(triples).hasSizeGreaterThanOrEqualTo(200);
        // Triples are independent; checking them in parallel keeps the run to a few seconds.
        List<Stats> each = triples.parallelStream().map(InterviewPropertyTest::check).toList();
        Stats stats = each.stream().reduce(new Stats(), Stats::plus);
        Stats horsens = each.get(0);
        System.out.printf("interview: %s: questions mean %.2f (max %d), missingFacts today %d%n", triples.get(0),
                horsens.questionsPerTriple, horsens.maxQuestions, horsens.missingToday);
        System.out.printf("interview: %d triples, %d walks, questions mean %.2f per triple (max %d), "
                        + "missingFacts today mean %.2f (max %d)%n", triples.size(), stats.walks,
                stats.questionsPerTriple / triples.size(), stats.maxQuestions, (double) stats.missingToday / triples.size(),
                stats.maxMissingToday);
        assertThat(stats.questionsPerTriple / triples.size())
                .isLessThan((double) stats.missingToday / triples.size());
    }

    private static Stats check(Triple t) {
        Stats stats = new Stats();
        Requirement requirement = RULES.decide(t.request(Map.of())).requirement();
        boolean exemptionsAsked = requirement == Requirement.MANDATORY_DIGITAL
                || requirement == Requirement.STEERED_DIGITAL;
        List<String> facts = booleanFactsThatMatter(t.service(), exemptionsAsked);
        int n = facts.size();
        Outcome[] full = new Outcome[1 << n];
        for (int mask = 0; mask < full.length; mask++) {
            full[mask] = outcome(t, assignment(facts, mask, n));
        }
        Walk walk = new Walk(t, facts, full);
        walk.from(new TreeMap<>(), 0, 0);
        stats.walks += full.length;
        stats.maxQuestions = walk.maxDepth;
        long questions = walk.questions;
        stats.questionsPerTriple += (double) questions / full.length;
        // Today a portal asks every missing fact of the decision and, where there is one, the guide.
        int today = hasGuide(t.service()) ? RULES.guide(t.request(Map.of())).missingFacts().size()
                : RULES.decide(t.request(Map.of())).missingFacts().size();
        stats.missingToday += today;
        stats.maxMissingToday = Math.max(stats.maxMissingToday, today);
        return stats;
    }

    /**
     * The full answer, with the grounds narrowed to those the interview named: after a ground of
     * the strongest effect matched, the interview does not ask about grounds that cannot change
     * the alternative, so it names a subset of the full grounds (checked here) with the same
     * alternative and channel.
     */
    private static boolean sameAnswer(Outcome full, Outcome interviewed) {
        return full.grounds().containsAll(interviewed.grounds())
                && interviewed.equals(new Outcome(full.requirement(), full.channel(), full.alternative(),
                interviewed.grounds(), full.shown(), full.conditional()));
    }

    /**
     * Follows the interview as a tree: each node is the answers so far, each question branches on
     * true and false. Every assignment reaches exactly one leaf, the one its answers lead to.
     */
    private static final class Walk {
        final Triple triple;
        final List<String> facts;
        final Outcome[] full;
        long questions;
        int maxDepth;

        Walk(Triple triple, List<String> facts, Outcome[] full) {
            this.triple = triple;
            this.facts = facts;
            this.full = full;
        }

        /** Walks the subtree under these answers; returns the most questions asked in it. */
        int from(TreeMap<String, Object> answers, int fixed, int values) {
            Interview i = RULES.interview(triple.request(answers));
            int depth = Integer.bitCount(fixed);
            if (i.done()) {
                Outcome leaf = outcome(i.decision(), i.guide());
                for (int mask = 0; mask < full.length; mask++) {
                    if ((mask & fixed) == values) {
                        if (!sameAnswer(full[mask], leaf)) {
                            fail(triple + " after " + answers + ": interview ends with " + leaf
                                    + " but every fact given (" + assignment(facts, mask, facts.size()) + ") gives "
                                    + full[mask]);
                        }
                        questions += depth;
                    }
                }
                maxDepth = Math.max(maxDepth, depth);
                return 0;
            }
            String q = i.next().fact();
            int bit = facts.indexOf(q);
            if (bit < 0 || answers.containsKey(q)) {
                fail(triple + " after " + answers + " asks " + q + ", which is answered or no rule of the service names");
            }
            if (!canChange(full, fixed, values, bit)) {
                fail(triple + " after " + answers + " asks " + q + ", whose answer changes nothing");
            }
            int most = 0;
            for (boolean answer : new boolean[] {false, true}) {
                TreeMap<String, Object> next = new TreeMap<>(answers);
                next.put(q, answer);
                most = Math.max(most, 1 + from(next, fixed | 1 << bit, answer ? values | 1 << bit : values));
            }
            if (most > i.remaining()) {
                fail(triple + " after " + answers + ": remaining " + i.remaining() + " but " + most + " questions follow");
            }
            return most;
        }
    }

    /** Whether some completion of the answers fixed so far gives another answer when this fact flips. */
    private static boolean canChange(Outcome[] full, int fixed, int mask, int bit) {
        // mask & fixed are the answers given; any completion of the others may show the change.
        for (int other = 0; other < full.length; other++) {
            if ((other & fixed) == (mask & fixed) && !sameForCitizen(full[other], full[other ^ (1 << bit)])) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameForCitizen(Outcome a, Outcome b) {
        return a.requirement() == b.requirement() && a.channel() == b.channel() && a.alternative() == b.alternative()
                && a.shown().equals(b.shown()) && a.conditional().equals(b.conditional())
                && a.grounds().isEmpty() == b.grounds().isEmpty();
    }

    private static Interview interview(Triple t, Map<String, Object> answers, Map<String, Interview> memo) {
        return memo.computeIfAbsent(answers.toString(), k -> RULES.interview(t.request(answers)));
    }

    private static Outcome outcome(Triple t, Map<String, Object> facts) {
        DecisionRequest r = t.request(facts);
        if (hasGuide(t.service())) {
            ResolvedGuide g = RULES.guide(r);
            return outcome(g.decision(), g);
        }
        return outcome(RULES.decide(r), null);
    }

    private static Outcome outcome(Decision d, ResolvedGuide g) {
        return new Outcome(d.requirement(), d.channel(), d.alternative(),
                new TreeSet<>(d.grounds().stream().map(Decision.MatchedGround::id).toList()),
                g == null ? List.of() : g.shownStepIds(), g == null ? List.of() : g.conditionalSteps());
    }

    private static boolean hasGuide(String service) {
        return RULES.model().guides().stream().anyMatch(g -> g.service().equals(service) && g.municipality() == null);
    }

    private static Map<String, Object> assignment(List<String> facts, int mask, int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int b = 0; b < n; b++) {
            out.put(facts.get(b), (mask & (1 << b)) != 0);
        }
        return out;
    }

    /**
     * The citizen's boolean facts named in the service's grounds, assist rules and guide
     * conditions. While digital self-service is optional or unavailable nobody needs an
     * exemption, and by the decision's contract (docs/decision.md, missing facts) no exemption
     * question is asked: there the full answer gives every other fact and leaves the grounds' open.
     */
    private static List<String> booleanFactsThatMatter(String service, boolean exemptionsAsked) {
        RuleSetModel m = RULES.model();
        String area = m.services().get(service).area();
        StringBuilder sources = new StringBuilder();
        m.grounds().stream().filter(g -> exemptionsAsked).filter(g -> (g.areas().isEmpty() || g.areas().contains(area))
                && !g.exceptAreas().contains(area)).forEach(g -> sources.append(g.when().source()).append('\n'));
        m.assistRules().forEach(a -> sources.append(a.when().source()).append('\n'));
        m.guides().stream().filter(g -> g.service().equals(service))
                .forEach(g -> appendSteps(g.steps(), sources));
        Set<String> names = new TreeSet<>();
        Matcher matcher = CITIZEN_FACT.matcher(sources);
        while (matcher.find()) {
            Fact f = m.facts().get(matcher.group(1));
            if (f.type() == FactType.BOOLEAN && Audience.CITIZEN.mayAsk(f.askedOf())) {
                names.add(f.id());
            }
        }
        return new ArrayList<>(names);
    }

    private static void appendSteps(List<dk.trinvis.model.Step> steps, StringBuilder out) {
        for (dk.trinvis.model.Step s : steps) {
            if (s.when() != null) {
                out.append(s.when().source()).append('\n');
            }
            appendSteps(s.steps(), out);
            appendSteps(s.oneOf(), out);
        }
    }

    /** A deterministic sample that always includes moving in Horsens, the example. */
    private static List<Triple> sample() {
        List<String> services = new ArrayList<>(RULES.model().services().keySet());
        List<String> municipalities = new ArrayList<>(RULES.model().municipalities().keySet());
        Random random = new Random(15);
        Set<Triple> out = new java.util.LinkedHashSet<>();
        out.add(new Triple("flytning", "0615", MOMENTS.get(MOMENTS.size() - 1)));
        while (out.size() < SAMPLE) {
            out.add(new Triple(services.get(random.nextInt(services.size())),
                    municipalities.get(random.nextInt(municipalities.size())), MOMENTS.get(random.nextInt(MOMENTS.size()))));
        }
        return new ArrayList<>(out);
    }

    private static final class Stats {
        double questionsPerTriple;
        int maxQuestions;
        long missingToday;
        int maxMissingToday;
        long walks;

        Stats plus(Stats o) {
            Stats sum = new Stats();
            sum.questionsPerTriple = questionsPerTriple + o.questionsPerTriple;
            sum.maxQuestions = Math.max(maxQuestions, o.maxQuestions);
            sum.missingToday = missingToday + o.missingToday;
            sum.maxMissingToday = Math.max(maxMissingToday, o.maxMissingToday);
            sum.walks = walks + o.walks;
            return sum;
        }
    }
}
