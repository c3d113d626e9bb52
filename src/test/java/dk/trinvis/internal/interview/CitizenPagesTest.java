package dk.trinvis.internal.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How many pages the bundled rule set asks. The citizen with MitID and nothing special reaches the
 * guide in at most three pages (the login, the special-circumstances group, at most one question of
 * the service's own), two and a half on average over the services, and is never asked what an
 * earlier answer implies. The figures in docs/decision.md (the common citizen, the expected pages
 * under the facts' stated shares, the worst case) are computed here; {@code -Dtrinvis.golden=update}
 * writes them into the document.
 */
class CitizenPagesTest {
    static final RuleSet RULES = InterviewPropertyTest.BUNDLED;
    static final List<String> MUNICIPALITIES = List.of("0615", "0167", "0101");
    static final List<LocalDateTime> MOMENTS = List.of(LocalDateTime.parse("2023-02-01T10:00"),
            LocalDateTime.parse("2024-03-01T10:00"), LocalDateTime.parse("2025-09-15T10:00"));
    static final Path DOC = Path.of("docs/decision.md");
    static final String BEGIN = "<!-- pages:begin (CitizenPagesTest writes this table) -->";
    static final String END = "<!-- pages:end -->";

    @Test
    void theCitizenWithMitIDAndNothingSpecialIsDoneInThreePagesTwoAndAHalfOnAverage() {
        int runs = 0;
        int pages = 0;
        for (String service : RULES.model().services().keySet()) {
            for (String municipality : MUNICIPALITIES) {
                for (LocalDateTime at : MOMENTS) {
                    int n = commonCitizen(DecisionRequest.of(service, municipality).at(at));
                    assertThat(n).as("%s in %s at %s", service, municipality, at).isLessThanOrEqualTo(3);
                    pages += n;
                    runs++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "common citizen: %d runs, %.2f pages on average%n", runs, (double) pages / runs);
        assertThat((double) pages / runs).isLessThanOrEqualTo(2.5);
    }

    /**
     * The pages the common citizen is asked: yes to the login, none of the group, no to anything
     * else; every page is checked to ask nothing the answers so far imply.
     */
    static int commonCitizen(DecisionRequest start) {
        DecisionRequest r = start;
        int pages = 0;
        for (Interview i = RULES.interview(r); !i.done(); i = RULES.interview(r)) {
            Question q = i.next();
            pages++;
            List<String> asked = q.group() != null ? q.facts().stream().map(Question.Member::fact).toList()
                    : List.of(q.fact());
            for (String f : asked) {
                for (Object v : values(RULES.model().facts().get(f))) {
                    try {
                        RULES.decide(r.fact(f, v));
                    } catch (RequestException e) {
                        fail(start.service() + " asks " + f + " after " + r.facts() + ", which those answers imply");
                    }
                }
                Fact fact = RULES.model().facts().get(f);
                r = r.fact(f, f.equals("hasMitID") || fact.type() != FactType.BOOLEAN ? values(fact).get(0) : false);
            }
            if (pages > 10) {
                fail(start.service() + " never ends");
            }
        }
        return pages;
    }

    private static List<Object> values(Fact f) {
        return f.type() == FactType.BOOLEAN ? List.of(Boolean.TRUE, Boolean.FALSE) : new ArrayList<>(f.values());
    }

    @Test
    void theDocumentedFiguresAreTheComputedOnes() throws IOException {
        String table = table();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/decision.md has the markers").isGreaterThanOrEqualTo(0);
        String updated = doc.substring(0, begin + BEGIN.length()) + "\n" + table + doc.substring(end);
        if ("update".equals(System.getProperty("trinvis.golden"))) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc).as("regenerate with -Dtrinvis.golden=update").isEqualTo(updated);
    }

    /** Per bundled service in Horsens on 1 March 2024: the common citizen's pages, the expected pages, the worst case. */
    static String table() {
        LocalDateTime at = MOMENTS.get(1);
        StringBuilder b = new StringBuilder();
        b.append("| service | no special circumstances | expected under the shares | worst case |\n");
        b.append("|---|---:|---:|---:|\n");
        double common = 0;
        double expected = 0;
        int worst = 0;
        Set<String> services = RULES.model().services().keySet();
        for (String service : services) {
            InterviewPropertyTest.Triple t = new InterviewPropertyTest.Triple(service, "0615", at);
            int mine = commonCitizen(DecisionRequest.of(service, "0615").at(at));
            Figures f = figures(t);
            b.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d |%n", service, mine, f.expected(), f.worst()));
            common += mine;
            expected += f.expected();
            worst = Math.max(worst, f.worst());
        }
        b.append(String.format(Locale.ROOT, "| **mean over %d services** | **%.2f** | **%.2f** | **%d** (most) |%n",
                services.size(), common / services.size(), expected / services.size(), worst));
        return b.toString();
    }

    /**
     * @param expected the pages expected when every yes/no fact is true with its stated share,
     *                 independently, among the answers no fact contradicts ("ved ikke" left out)
     * @param worst    the most pages any assignment is asked
     */
    record Figures(double expected, int worst) {
    }

    static Figures figures(InterviewPropertyTest.Triple t) {
        Requirement requirement = RULES.decide(t.request(Map.of(), Set.of())).requirement();
        boolean exemptionsAsked = requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL;
        List<Fact> facts = InterviewPropertyTest.factsThatMatter(RULES, t.service(), exemptionsAsked);
        InterviewPropertyTest.Space space = new InterviewPropertyTest.Space(facts, false);
        double[] weight = new double[space.size];
        List<Integer> valid = new ArrayList<>();
        for (int a = 0; a < space.size; a++) {
            Map<String, Object> given = new LinkedHashMap<>();
            double w = 1;
            for (int k = 0; k < facts.size(); k++) {
                Object v = space.answer(a, k);
                given.put(facts.get(k).id(), v);
                w *= share(facts.get(k), v);
            }
            try {
                RULES.decide(t.request(given, Set.of()));
                weight[a] = w;
                valid.add(a);
            } catch (RequestException contradiction) {
                // No citizen answers so: the answers contradict what they imply.
            }
        }
        Tree tree = new Tree(t, space, weight);
        tree.from(new LinkedHashMap<>(), valid, 0);
        return new Figures(tree.weightedPages / tree.totalWeight, tree.worst);
    }

    private static double share(Fact f, Object value) {
        if (f.type() != FactType.BOOLEAN) {
            return 1.0 / f.values().size();
        }
        double yes = f.expected() == null ? 0.5 : f.expected().share();
        return Boolean.TRUE.equals(value) ? yes : 1 - yes;
    }

    /** The interview as a tree over every assignment, pages weighted by the assignments' shares. */
    private static final class Tree {
        final InterviewPropertyTest.Triple triple;
        final InterviewPropertyTest.Space space;
        final double[] weight;
        double weightedPages;
        double totalWeight;
        int worst;

        Tree(InterviewPropertyTest.Triple triple, InterviewPropertyTest.Space space, double[] weight) {
            this.triple = triple;
            this.space = space;
            this.weight = weight;
        }

        void from(Map<String, Object> answers, List<Integer> agreeing, int depth) {
            Interview i = RULES.interview(triple.request(answers, Set.of()));
            if (i.done()) {
                for (int a : agreeing) {
                    weightedPages += depth * weight[a];
                    totalWeight += weight[a];
                }
                worst = Math.max(worst, depth);
                return;
            }
            Question q = i.next();
            List<String> asked = q.group() != null ? q.facts().stream().map(Question.Member::fact).toList()
                    : List.of(q.fact());
            List<Integer> index = asked.stream().map(space::index).toList();
            Map<List<Object>, List<Integer>> byAnswers = new LinkedHashMap<>();
            for (int a : agreeing) {
                List<Object> key = new ArrayList<>();
                index.forEach(k -> key.add(space.answer(a, k)));
                byAnswers.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            byAnswers.forEach((values, narrowed) -> {
                Map<String, Object> next = new LinkedHashMap<>(answers);
                for (int j = 0; j < asked.size(); j++) {
                    next.put(asked.get(j), values.get(j));
                }
                from(next, narrowed, depth + 1);
            });
        }
    }
}
