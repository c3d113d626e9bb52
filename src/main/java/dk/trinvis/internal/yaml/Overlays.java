package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Load-time rules of municipal overlays: an overlay says what it does to a national step
 * ({@code replaces:}, {@code after:}, {@code before:}, {@code remove:}) and never reuses a
 * national id silently; its {@code ready} and {@code legal} extend the national ones. What cannot
 * be placed is an error: a step placed by itself, steps placed by each other in a circle, two
 * steps in one national step's place, the place of a step the overlay removes, the removal of
 * the overlay's own step. What can be placed but may surprise is lint ({@code OverlayLint}).
 */
final class Overlays {
    private final Problems problems;
    private final Map<String, Guide> national = new HashMap<>();

    Overlays(Problems problems, List<Guide> guides) {
        this.problems = problems;
        for (Guide g : guides) {
            if (!g.overlay() && g.service() != null) {
                national.putIfAbsent(g.service(), g);
            }
        }
    }

    void check(Guide g) {
        if (!g.overlay()) {
            placementsOnlyInOverlays(g.steps());
            for (Guide.Removal r : g.removals()) {
                problems.error(Codes.OVERLAY, r.location(), Phrase.of("overlay.removeInNational"));
            }
            return;
        }
        Guide base = national.get(g.service());
        Set<String> nationalIds = base == null ? Set.of() : base.stepIds();
        Set<String> ownIds = new HashSet<>(g.stepIds());
        ownIds.removeAll(nationalIds);
        Set<String> removed = new HashSet<>();
        for (Guide.Removal r : g.removals()) {
            removed.add(r.step());
            if (ownIds.contains(r.step())) {
                problems.error(Codes.OVERLAY, r.location(), Phrase.of("overlay.removesOwn", r.step()));
            }
        }
        Map<String, Step> replacing = new HashMap<>();
        for (Step s : g.steps()) {
            int placements = (s.replaces() != null ? 1 : 0) + (s.after() != null ? 1 : 0) + (s.before() != null ? 1 : 0);
            if (placements > 1) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.twoPlacements", s.id()));
            }
            if (s.id() != null && nationalIds.contains(s.id()) && !s.id().equals(s.replaces())) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.reusedId", s.id(), g.service()));
            }
            placed(s, ownIds, removed, replacing);
            placementsOnlyInOverlays(s.steps());
            placementsOnlyInOverlays(s.oneOf());
        }
        cycles(g);
    }

    /** What an overlay step's {@code replaces:}, {@code after:} or {@code before:} cannot mean. */
    private void placed(Step s, Set<String> ownIds, Set<String> removed, Map<String, Step> replacing) {
        String anchor = anchor(s);
        if (anchor != null && anchor.equals(s.id()) && s.replaces() == null) {
            problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.anchorsItself", s.id(), field(s)));
        }
        if (s.replaces() == null) {
            return;
        }
        if (ownIds.contains(s.replaces()) && !s.replaces().equals(s.id())) {
            problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.replacesOwn", s.id(), s.replaces()));
        } else if (removed.contains(s.replaces())) {
            problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.replacesRemoved", s.id(), s.replaces()));
        } else {
            Step first = replacing.putIfAbsent(s.replaces(), s);
            if (first != null) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.replacedTwice", s.id(), s.replaces(),
                        first.id(), first.location()));
            }
        }
    }

    /**
     * Steps placed after or before each other in a circle ({@code a after b}, {@code b after a}):
     * none of them has a place to go. Each step of the circle is reported, with the whole circle.
     */
    private void cycles(Guide g) {
        Map<String, Step> byId = new LinkedHashMap<>();
        for (Step s : g.steps()) {
            if (s.id() != null && s.replaces() == null) {
                byId.putIfAbsent(s.id(), s);
            }
        }
        for (Step start : byId.values()) {
            List<String> path = new ArrayList<>(List.of(start.id()));
            Step at = start;
            for (String next = anchor(at); next != null && !next.equals(at.id()) && byId.get(next) != null
                    && path.size() <= byId.size(); next = anchor(at)) {
                at = java.util.Objects.requireNonNull(byId.get(next));
                path.add(at.id());
                if (at == start) {
                    problems.error(Codes.OVERLAY, start.location(), Phrase.of("overlay.cycle", start.id(),
                            String.join(" -> ", path)));
                    break;
                }
            }
        }
    }

    /** The step an overlay step is placed by, or null. */
    static @Nullable String anchor(Step s) {
        return s.replaces() != null ? s.replaces() : s.after() != null ? s.after() : s.before();
    }

    /** The field that places it: {@code replaces}, {@code after} or {@code before}. */
    static String field(Step s) {
        return s.replaces() != null ? "replaces" : s.after() != null ? "after" : "before";
    }

    /** The overlay with the national {@code ready} list and legal basis in front of its own. */
    Guide extend(Guide g, @Nullable Service service) {
        Guide base = national.get(g.service());
        if (!g.overlay() || base == null && (service == null || g.legal() == null)) {
            return g;
        }
        List<Text> ready = new ArrayList<>(base == null ? List.of() : base.ready());
        ready.addAll(g.ready());
        Legal nationalLegal = base != null && base.legal() != null ? base.legal()
                : service == null ? null : service.legal();
        Legal legal = g.legal() == null ? null : Legal.concat(nationalLegal, g.legal());
        return new Guide(g.service(), g.municipality(), g.title(), g.intro(), ready, g.processingTime(), legal,
                g.links(), g.steps(), g.removals(), g.location());
    }

    private void placementsOnlyInOverlays(List<Step> steps) {
        for (Step s : steps) {
            String op = s.replaces() != null ? "replaces" : s.after() != null ? "after" : s.before() != null ? "before"
                    : null;
            if (op != null) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.nestedPlacement", op));
            }
            placementsOnlyInOverlays(s.steps());
            placementsOnlyInOverlays(s.oneOf());
        }
    }
}
