package dk.trinvis.internal.interview;

import dk.trinvis.model.Fact;
import dk.trinvis.model.FactGroup;
import dk.trinvis.model.FactType;
import dk.trinvis.model.RuleSetModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the page to ask next: the one that leaves the fewest pages expected, under the facts'
 * expected shares. The pages still needed are estimated as one per group with at least two open
 * members and one per other open fact; a candidate page costs one page plus, over its answers
 * weighted by their shares, the estimate after re-deciding with that answer (a group by its "none"
 * answer, its members then settled). Ties go to the editor's order (a group's is its lowest
 * member's), then the id.
 */
final class Pages {
    /** Expected page counts closer than this are equal: sums of shares are not exact. */
    private static final double TIE = 1e-9;
    /** The share of a yes/no fact whose rule set gives none: nothing is known, so either answer is as likely. */
    private static final double UNKNOWN_SHARE = 0.5;

    private final RuleSetModel model;
    private final Map<String, FactGroup> groupOf = new HashMap<>();

    Pages(RuleSetModel model) {
        this.model = model;
        for (FactGroup g : model.groups().values()) {
            g.facts().forEach(f -> groupOf.put(f, g));
        }
    }

    /** What re-deciding with some more answers leaves open; null when the answers contradict the request. */
    @FunctionalInterface
    interface Lookahead {
        @Nullable Set<String> openAfter(Map<String, Object> answers);
    }

    /**
     * One page an interview can ask.
     *
     * @param group the group, or null for a single fact
     * @param facts the fact, or the group's open members in the group's order
     */
    record Page(@Nullable FactGroup group, List<String> facts) {
        String id() {
            return group != null ? group.id() : facts.get(0);
        }
    }

    /** The pages the open facts still need, as estimated: a group with two or more open members is one page. */
    int estimate(Set<String> open) {
        int pages = 0;
        Map<FactGroup, Integer> members = new HashMap<>();
        for (String f : open) {
            FactGroup g = groupOf.get(f);
            if (g == null) {
                pages++;
            } else {
                members.merge(g, 1, Integer::sum);
            }
        }
        for (int n : members.values()) {
            pages += n >= 2 ? 1 : n;
        }
        return pages;
    }

    /** The pages that can be asked now: each group with two or more open members, and each other open fact. */
    List<Page> candidates(Set<String> open) {
        Map<FactGroup, List<String>> members = new LinkedHashMap<>();
        for (String f : open) {
            FactGroup g = groupOf.get(f);
            if (g != null) {
                members.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
            }
        }
        List<Page> out = new ArrayList<>();
        for (String f : open) {
            FactGroup g = groupOf.get(f);
            List<String> ofGroup = g == null ? null : members.get(g);
            if (g == null || ofGroup == null || ofGroup.size() < 2) {
                out.add(new Page(null, List.of(f)));
            } else if (ofGroup.get(0).equals(f)) {
                List<String> shown = new ArrayList<>(ofGroup);
                shown.sort(Comparator.comparingInt(g.facts()::indexOf));
                out.add(new Page(g, List.copyOf(shown)));
            }
        }
        return out;
    }

    /** The page that leaves the fewest pages expected. */
    Page choose(Set<String> open, Lookahead after) {
        List<Page> candidates = candidates(open);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Page best = null;
        double bestPages = Double.MAX_VALUE;
        for (Page p : candidates) {
            double pages = expected(p, open, after);
            if (best == null || pages < bestPages - TIE || pages < bestPages + TIE && before(p, best)) {
                best = p;
                bestPages = Math.min(pages, bestPages);
            }
        }
        return Objects.requireNonNull(best, "open facts make at least one page");
    }

    /** The pages expected if this page is asked now: itself, then the estimate over its answers. */
    double expected(Page page, Set<String> open, Lookahead after) {
        if (page.group() != null) {
            Map<String, Object> none = new LinkedHashMap<>();
            page.facts().forEach(f -> none.put(f, Boolean.FALSE));
            Set<String> left = after.openAfter(none);
            List<String> settled = page.group().facts();
            return 1 + (left == null ? estimateWithout(open, settled) : estimateWithout(left, settled));
        }
        String id = page.facts().get(0);
        Fact f = Objects.requireNonNull(model.facts().get(id), "pages ask declared facts");
        List<Object> answers = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (f.type() == FactType.BOOLEAN) {
            double yes = f.expected() != null ? f.expected().share() : UNKNOWN_SHARE;
            answers.add(Boolean.TRUE);
            weights.add(yes);
            answers.add(Boolean.FALSE);
            weights.add(1 - yes);
        } else if (f.type() == FactType.STRING && !f.values().isEmpty()) {
            for (String v : f.values()) {
                answers.add(v);
                weights.add(1.0 / f.values().size());
            }
        } else {
            // Any number or date: nothing to weigh, so the answer is taken to settle only the fact.
            return 1 + estimateWithout(open, List.of(id));
        }
        double sum = 0;
        double total = 0;
        for (int i = 0; i < answers.size(); i++) {
            Set<String> left = after.openAfter(Map.of(id, answers.get(i)));
            if (left != null) {
                sum += weights.get(i) * estimate(left);
                total += weights.get(i);
            }
        }
        // Answers the request contradicts cannot be given; what is left of the weight is spread over the others.
        return 1 + (total > 0 ? sum / total : estimateWithout(open, List.of(id)));
    }

    private int estimateWithout(Set<String> open, List<String> settled) {
        Set<String> left = new java.util.LinkedHashSet<>(open);
        settled.forEach(left::remove);
        return estimate(left);
    }

    /** Whether a comes before b on equal expected pages: the editor's order, then the id. */
    private boolean before(Page a, Page b) {
        int byOrder = Comparator.<Integer>nullsLast(Comparator.naturalOrder()).compare(order(a), order(b));
        return byOrder != 0 ? byOrder < 0 : a.id().compareTo(b.id()) < 0;
    }

    /** The editor's order of a page: a fact's own, a group's lowest member's (of all its members). */
    private @Nullable Integer order(Page p) {
        List<String> facts = p.group() != null ? p.group().facts() : p.facts();
        Integer lowest = null;
        for (String f : facts) {
            Integer o = Objects.requireNonNull(model.facts().get(f), "pages ask declared facts").order();
            if (o != null && (lowest == null || o < lowest)) {
                lowest = o;
            }
        }
        return lowest;
    }
}
