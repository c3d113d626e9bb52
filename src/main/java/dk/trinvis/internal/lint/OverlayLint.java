package dk.trinvis.internal.lint;

import dk.trinvis.model.Phrase;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Step;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.compiled.Problems;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Warnings about municipal overlays: what they take away from the national guide, and what they miss. */
final class OverlayLint {
    private OverlayLint() {
    }

    static void lint(RuleSetModel model, Problems out) {
        Map<String, Guide> national = model.guides().stream().filter(g -> !g.overlay())
                .collect(Collectors.toMap(Guide::service, Function.identity(), (a, b) -> a));
        for (Guide overlay : model.guides()) {
            if (!overlay.overlay()) {
                continue;
            }
            Guide base = national.get(overlay.service());
            Municipality m = model.municipalities().get(overlay.municipality());
            String where = m == null ? overlay.municipality() : m.name();
            if (base == null) {
                out.warning(LintCode.OVERLAY_WITHOUT_NATIONAL, overlay.location(),
                        Phrase.of("lint.TRV112", overlay.service(), where));
                continue;
            }
            Set<String> ids = new java.util.LinkedHashSet<>(base.stepIds());
            // A step may follow one the overlay itself adds.
            ids.addAll(overlay.stepIds());
            for (Guide.Removal r : overlay.removals()) {
                if (known(r.step(), ids, r.location(), out, "remove")) {
                    out.warning(LintCode.OVERLAY_CHANGES_NATIONAL, r.location(),
                            Phrase.of("lint.TRV110.removed", where, r.step()));
                }
            }
            for (Step s : overlay.steps()) {
                if (s.replaces() != null && known(s.replaces(), ids, s.location(), out, "replaces")) {
                    out.warning(LintCode.OVERLAY_CHANGES_NATIONAL, s.location(),
                            Phrase.of("lint.TRV110.replaced", where, s.id(), s.replaces()));
                }
                if (s.after() != null) {
                    known(s.after(), ids, s.location(), out, "after");
                }
                if (s.before() != null) {
                    known(s.before(), ids, s.location(), out, "before");
                }
            }
        }
    }

    private static boolean known(String id, Set<String> ids, Location at, Problems out, String field) {
        if (ids.contains(id)) {
            return true;
        }
        String close = DidYouMean.closest(id, ids).orElse(null);
        out.warning(LintCode.OVERLAY_UNKNOWN_STEP, at, close == null ? Phrase.of("lint.TRV111", field, id)
                : Phrase.of("lint.TRV111.close", field, id, close));
        return false;
    }
}
