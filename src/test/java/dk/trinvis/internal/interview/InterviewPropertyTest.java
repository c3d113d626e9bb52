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
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interview's promise, checked exhaustively: for a deterministic sample of (service,
 * municipality, moment) triples and every assignment of the yes/no and listed-value facts their
 * rules refer to ("ved ikke" included where a fact allows it), following {@code next} until
 * {@code done}, answering a group page with every combination of its members, ends with the answer
 * given when every fact is known; every question could have changed that answer; no question asks
 * a fact the answers so far imply; and {@code remaining} bounds the pages that follow. Assignments
 * that contradict what their own facts imply are no citizen's and are left out. On the bundled rule
 * set and on the test rule sets.
 */
class InterviewPropertyTest {
    static final RuleSet BUNDLED = RuleSet.bundled();
    static final Pattern CITIZEN_FACT = Pattern.compile("citizen\\.([A-Za-z0-9_]+)");
    static final List<LocalDateTime> MOMENTS = List.of(
            LocalDateTime.parse("2012-06-04T10:00"), LocalDateTime.parse("2012-12-03T10:00"),
            LocalDateTime.parse("2013-12-02T10:00"), LocalDateTime.parse("2014-12-01T10:00"),
            LocalDateTime.parse("2016-03-01T10:00"), LocalDateTime.parse("2023-11-20T10:00"),
            LocalDateTime.parse("2024-03-01T10:00"));
    static final int SAMPLE = 210;
    /** The answer "ved ikke" among a fact's possible answers. */
    static final Object DONT_KNOW = new Object() {
        @Override
        public String toString() {
            return "ved ikke";
        }
    };

    /** What a citizen sees: the decision's fields that matter and the guide's steps. */
    record Outcome(Requirement requirement, Channel channel, Effect alternative, Set<String> grounds,
                   List<String> shown, List<String> conditional) {
    }

    record Triple(String service, String municipality, LocalDateTime at) {
        DecisionRequest request(Map<String, Object> facts, Set<String> dontKnow) {
            return DecisionRequest.of(service, municipality).at(at).facts(facts)
                    .dontKnow(dontKnow.toArray(new String[0])).withoutExplanation();
        }
    }

    @Test
    void followingNextUntilDoneEndsWithTheFullAnswerOnTheBundledRuleSet() {
        List<Triple> triples = sample(BUNDLED);
        assertThat(triples).hasSizeGreaterThanOrEqualTo(200);
        // Triples are independent; checking them in parallel keeps the run to seconds.
        List<Stats> each = triples.parallelStream().map(t -> check(BUNDLED, t)).toList();
        Stats stats = each.stream().reduce(new Stats(), Stats::plus);
        System.out.printf("interview: %s: pages mean %.2f (max %d), missingFacts today %d%n", triples.get(0),
                each.get(0).pagesPerTriple, each.get(0).maxPages, each.get(0).missingToday);
        System.out.printf("interview: %d triples, %d walks, pages mean %.2f per triple over every assignment "
                        + "(max %d), missingFacts mean %.2f (max %d)%n", triples.size(), stats.walks,
                stats.pagesPerTriple / triples.size(), stats.maxPages, (double) stats.missingToday / triples.size(),
                stats.maxMissingToday);
        assertThat(stats.pagesPerTriple / triples.size())
                .isLessThan((double) stats.missingToday / triples.size());
    }

    @Test
    void followingNextUntilDoneEndsWithTheFullAnswerOnTheTestRuleSets() {
        for (String folder : List.of("interview", "interview-groups", "decide")) {
            RuleSet rules = RuleSet.load(Golden.resource(folder));
            long walks = 0;
            for (Triple t : all(rules)) {
                walks += check(rules, t).walks;
            }
            assertThat(walks).as(folder).isGreaterThan(0);
        }
    }

    private static Stats check(RuleSet rules, Triple t) {
        Stats stats = new Stats();
        Requirement requirement = rules.decide(t.request(Map.of(), Set.of())).requirement();
        boolean exemptionsAsked = requirement == Requirement.MANDATORY_DIGITAL
                || requirement == Requirement.STEERED_DIGITAL;
        List<Fact> facts = factsThatMatter(rules, t.service(), exemptionsAsked);
        Space space = new Space(facts);
        Outcome[] full = new Outcome[space.size];
        List<Integer> valid = new ArrayList<>();
        for (int a = 0; a < space.size; a++) {
            full[a] = outcome(rules, t, space, a);
            if (full[a] != null) {
                valid.add(a);
            }
        }
        Walk walk = new Walk(rules, t, space, full);
        walk.from(new LinkedHashMap<>(), valid);
        assertThat(walk.covered).as("%s: every assignment reaches one end", t).isEqualTo(valid.size());
        stats.walks += valid.size();
        stats.maxPages = walk.maxDepth;
        stats.pagesPerTriple += valid.isEmpty() ? 0 : (double) walk.pages / valid.size();
        // Without an interview a portal asks every missing fact of the decision and, where there is one, the guide.
        int today = hasGuide(rules, t.service()) ? rules.guide(t.request(Map.of(), Set.of())).missingFacts().size()
                : rules.decide(t.request(Map.of(), Set.of())).missingFacts().size();
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

    private static boolean sameForCitizen(Outcome a, Outcome b) {
        return a.requirement() == b.requirement() && a.channel() == b.channel() && a.alternative() == b.alternative()
                && a.shown().equals(b.shown()) && a.conditional().equals(b.conditional())
                && a.grounds().isEmpty() == b.grounds().isEmpty();
    }

    /**
     * Every assignment of the facts, numbered in mixed radix: each fact's answers are its values,
     * and "ved ikke" where it allows it.
     */
    static final class Space {
        final List<Fact> facts;
        final List<List<Object>> answers = new ArrayList<>();
        final int[] weight;
        final int size;

        Space(List<Fact> facts) {
            this(facts, true);
        }

        /** The assignments, with "ved ikke" among a fact's answers only when asked for. */
        Space(List<Fact> facts, boolean dontKnow) {
            this.facts = facts;
            this.weight = new int[facts.size()];
            int n = 1;
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                List<Object> values = new ArrayList<>(f.type() == FactType.BOOLEAN
                        ? List.of(Boolean.FALSE, Boolean.TRUE) : f.values());
                if (dontKnow && f.dontKnow()) {
                    values.add(DONT_KNOW);
                }
                answers.add(values);
                weight[i] = n;
                n *= values.size();
            }
            this.size = n;
        }

        int index(String fact) {
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i).id().equals(fact)) {
                    return i;
                }
            }
            return -1;
        }

        Object answer(int assignment, int fact) {
            return answers.get(fact).get(assignment / weight[fact] % answers.get(fact).size());
        }

        /** The assignment with one fact's answer replaced. */
        int with(int assignment, int fact, int answer) {
            int current = assignment / weight[fact] % answers.get(fact).size();
            return assignment + (answer - current) * weight[fact];
        }
    }

    /** The outcome with every fact given, or null when the assignment contradicts what it implies. */
    private static Outcome outcome(RuleSet rules, Triple t, Space space, int assignment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Set<String> dontKnow = new TreeSet<>();
        for (int i = 0; i < space.facts.size(); i++) {
            Object answer = space.answer(assignment, i);
            if (answer == DONT_KNOW) {
                dontKnow.add(space.facts.get(i).id());
            } else {
                facts.put(space.facts.get(i).id(), answer);
            }
        }
        try {
            DecisionRequest r = t.request(facts, dontKnow);
            if (hasGuide(rules, t.service())) {
                ResolvedGuide g = rules.guide(r);
                return outcome(g.decision(), g);
            }
            return outcome(rules.decide(r), null);
        } catch (RequestException contradiction) {
            return null;
        }
    }

    private static Outcome outcome(Decision d, ResolvedGuide g) {
        return new Outcome(d.requirement(), d.channel(), d.alternative(),
                new TreeSet<>(d.grounds().stream().map(Decision.MatchedGround::id).toList()),
                g == null ? List.of() : g.shownStepIds(), g == null ? List.of() : g.conditionalSteps());
    }

    /**
     * Follows the interview as a tree: each node is the answers so far (with the assignments that
     * agree with them), each page branches on every answer it can get.
     */
    private static final class Walk {
        final RuleSet rules;
        final Triple triple;
        final Space space;
        final Outcome[] full;
        long pages;
        int maxDepth;
        int covered;

        Walk(RuleSet rules, Triple triple, Space space, Outcome[] full) {
            this.rules = rules;
            this.triple = triple;
            this.space = space;
            this.full = full;
        }

        /** Walks the subtree under these answers; returns the most pages asked in it. */
        int from(Map<String, Object> answers, List<Integer> agreeing) {
            Interview i = rules.interview(request(answers));
            int depth = pagesSoFar(answers);
            if (i.done()) {
                Outcome leaf = outcome(i.decision(), i.guide());
                for (int a : agreeing) {
                    if (!sameAnswer(full[a], leaf)) {
                        fail(triple + " after " + answers + ": interview ends with " + leaf
                                + " but every fact given gives " + full[a]);
                    }
                }
                covered += agreeing.size();
                pages += (long) depth * agreeing.size();
                maxDepth = Math.max(maxDepth, depth);
                return 0;
            }
            Question q = i.next();
            List<String> asked = q.group() != null ? q.facts().stream().map(Question.Member::fact).toList()
                    : List.of(q.fact());
            if (q.group() != null) {
                assertThat(asked).as("%s after %s: a group page shows two or more facts", triple, answers).hasSizeGreaterThan(1);
                assertThat(q.type()).isEqualTo(Question.GROUP);
            }
            List<Integer> index = new ArrayList<>();
            for (String f : asked) {
                int k = space.index(f);
                if (k < 0 || answers.containsKey(f)) {
                    fail(triple + " after " + answers + " asks " + f + ", which is answered or no rule of the service names");
                }
                if (!canChange(agreeing, k)) {
                    fail(triple + " after " + answers + " asks " + f + ", whose answer changes nothing");
                }
                for (Object v : space.answers.get(k)) {
                    if (v != DONT_KNOW && contradicts(answers, f, v)) {
                        fail(triple + " after " + answers + " asks " + f + ", which the answers so far imply");
                    }
                }
                index.add(k);
            }
            int most = 0;
            for (List<Integer> choice : combinations(index)) {
                Map<String, Object> next = new LinkedHashMap<>(answers);
                List<Integer> narrowed = new ArrayList<>();
                for (int j = 0; j < index.size(); j++) {
                    next.put(asked.get(j), space.answers.get(index.get(j)).get(choice.get(j)));
                }
                next.put(PAGE + depth, Boolean.TRUE);
                for (int a : agreeing) {
                    boolean agrees = true;
                    for (int j = 0; j < index.size() && agrees; j++) {
                        agrees = a / space.weight[index.get(j)] % space.answers.get(index.get(j)).size() == choice.get(j);
                    }
                    if (agrees) {
                        narrowed.add(a);
                    }
                }
                if (narrowed.isEmpty()) {
                    // No citizen answers so: the answers contradict what they imply (checked by the engine).
                    continue;
                }
                most = Math.max(most, 1 + from(next, narrowed));
            }
            if (most > i.remaining()) {
                fail(triple + " after " + answers + ": remaining " + i.remaining() + " but " + most + " pages follow");
            }
            return most;
        }

        private DecisionRequest request(Map<String, Object> answers) {
            Map<String, Object> facts = new LinkedHashMap<>();
            Set<String> dontKnow = new TreeSet<>();
            answers.forEach((f, v) -> {
                if (f.startsWith(PAGE)) {
                    return;
                }
                if (v == DONT_KNOW) {
                    dontKnow.add(f);
                } else {
                    facts.put(f, v);
                }
            });
            return triple.request(facts, dontKnow);
        }

        /** Whether answering the fact so makes the request contradict what its answers imply. */
        private boolean contradicts(Map<String, Object> answers, String fact, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(answers);
            more.put(fact, value);
            try {
                rules.decide(request(more));
                return false;
            } catch (RequestException e) {
                return true;
            }
        }

        /** Whether some assignment agreeing so far gives another answer when this fact's answer changes. */
        private boolean canChange(List<Integer> agreeing, int fact) {
            int values = space.answers.get(fact).size();
            for (int a : agreeing) {
                for (int v = 0; v < values; v++) {
                    int b = space.with(a, fact, v);
                    if (b != a && full[b] != null && !sameForCitizen(full[a], full[b])) {
                        return true;
                    }
                }
            }
            return false;
        }

        private List<List<Integer>> combinations(List<Integer> facts) {
            List<List<Integer>> out = new ArrayList<>();
            out.add(new ArrayList<>());
            for (int k : facts) {
                List<List<Integer>> longer = new ArrayList<>();
                for (List<Integer> prefix : out) {
                    for (int v = 0; v < space.answers.get(k).size(); v++) {
                        List<Integer> c = new ArrayList<>(prefix);
                        c.add(v);
                        longer.add(c);
                    }
                }
                out = longer;
            }
            return out;
        }
    }

    /** A marker among the answers for each page asked, so the depth counts pages, not facts. */
    private static final String PAGE = "\u0000page";

    private static int pagesSoFar(Map<String, Object> answers) {
        return (int) answers.keySet().stream().filter(k -> k.startsWith(PAGE)).count();
    }

    static boolean hasGuide(RuleSet rules, String service) {
        return rules.model().guides().stream().anyMatch(g -> g.service().equals(service) && g.municipality() == null);
    }

    /**
     * The citizen's yes/no and listed-value facts named in the service's grounds, assist rules and
     * guide conditions, and the facts those imply or are implied by. While digital self-service is
     * optional or unavailable nobody needs an exemption, and by the decision's contract
     * (docs/decision.md, missing facts) no exemption question is asked: there the full answer gives
     * every other fact and leaves the grounds' open.
     */
    static List<Fact> factsThatMatter(RuleSet rules, String service, boolean exemptionsAsked) {
        RuleSetModel m = rules.model();
        String area = m.services().get(service).area();
        StringBuilder sources = new StringBuilder();
        m.grounds().stream().filter(g -> exemptionsAsked).filter(g -> (g.areas().isEmpty() || g.areas().contains(area))
                && !g.exceptAreas().contains(area)).forEach(g -> sources.append(g.when().source()).append('\n'));
        m.assistRules().forEach(a -> sources.append(a.when().source()).append('\n'));
        m.guides().stream().filter(g -> g.service().equals(service))
                .forEach(g -> appendSteps(g.steps(), sources));
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = CITIZEN_FACT.matcher(sources);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        List<Fact> out = new ArrayList<>();
        for (String id : new TreeSet<>(names)) {
            Fact f = m.facts().get(id);
            boolean enumerable = f.type() == FactType.BOOLEAN || f.type() == FactType.STRING && !f.values().isEmpty();
            if (enumerable && Audience.CITIZEN.mayAsk(f.askedOf())) {
                out.add(f);
            }
        }
        return out;
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
    private static List<Triple> sample(RuleSet rules) {
        List<String> services = new ArrayList<>(rules.model().services().keySet());
        List<String> municipalities = new ArrayList<>(rules.model().municipalities().keySet());
        Random random = new Random(15);
        Set<Triple> out = new LinkedHashSet<>();
        out.add(new Triple("flytning", "0615", MOMENTS.get(MOMENTS.size() - 1)));
        while (out.size() < SAMPLE) {
            out.add(new Triple(services.get(random.nextInt(services.size())),
                    municipalities.get(random.nextInt(municipalities.size())), MOMENTS.get(random.nextInt(MOMENTS.size()))));
        }
        return new ArrayList<>(out);
    }

    /** Every service in every municipality of a small rule set, at a moment of each era. */
    private static List<Triple> all(RuleSet rules) {
        List<Triple> out = new ArrayList<>();
        for (String s : rules.model().services().keySet()) {
            for (String m : rules.model().municipalities().keySet()) {
                for (LocalDateTime at : List.of(MOMENTS.get(0), MOMENTS.get(MOMENTS.size() - 1))) {
                    out.add(new Triple(s, m, at));
                }
            }
        }
        return out;
    }

    private static final class Stats {
        double pagesPerTriple;
        int maxPages;
        long missingToday;
        int maxMissingToday;
        long walks;

        Stats plus(Stats o) {
            Stats sum = new Stats();
            sum.pagesPerTriple = pagesPerTriple + o.pagesPerTriple;
            sum.maxPages = Math.max(maxPages, o.maxPages);
            sum.missingToday = missingToday + o.missingToday;
            sum.maxMissingToday = Math.max(maxMissingToday, o.maxMissingToday);
            sum.walks = walks + o.walks;
            return sum;
        }
    }
}
