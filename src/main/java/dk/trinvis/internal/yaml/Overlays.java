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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Load-time rules of municipal overlays: an overlay says what it does to a national step
 * ({@code replaces:}, {@code after:}, {@code before:}, {@code remove:}) and never reuses a
 * national id silently; its {@code ready} and {@code legal} extend the national ones.
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
        for (Step s : g.steps()) {
            int placements = (s.replaces() != null ? 1 : 0) + (s.after() != null ? 1 : 0) + (s.before() != null ? 1 : 0);
            if (placements > 1) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.twoPlacements", s.id()));
            }
            if (s.id() != null && nationalIds.contains(s.id()) && !s.id().equals(s.replaces())) {
                problems.error(Codes.OVERLAY, s.location(), Phrase.of("overlay.reusedId", s.id(), g.service()));
            }
            placementsOnlyInOverlays(s.steps());
            placementsOnlyInOverlays(s.oneOf());
        }
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
