package dk.trinvis.internal.lint;

import dk.trinvis.model.Phrase;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Step;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.compiled.Problems;
import java.util.List;
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
            Set<String> nationalIds = base.stepIds();
            Set<String> ids = new java.util.LinkedHashSet<>(nationalIds);
            ids.addAll(overlay.stepIds());
            Set<String> removed = new java.util.HashSet<>();
            for (Guide.Removal r : overlay.removals()) {
                if (!removed.add(r.step())) {
                    out.warning(LintCode.OVERLAY_REMOVED_TWICE, r.location(), Phrase.of("lint.TRV124", r.step()));
                } else if (nationalIds.contains(r.step())) {
                    out.warning(LintCode.OVERLAY_CHANGES_NATIONAL, r.location(),
                            Phrase.of("lint.TRV110.removed", where, r.step()));
                } else if (!overlay.stepIds().contains(r.step())) {
                    known(r.step(), nationalIds, r.location(), out, "remove");
                }
            }
            List<String> order = overlay.steps().stream().map(Step::id).toList();
            for (Step s : overlay.steps()) {
                if (s.replaces() != null && nationalIds.contains(s.replaces())) {
                    out.warning(LintCode.OVERLAY_CHANGES_NATIONAL, s.location(),
                            Phrase.of("lint.TRV110.replaced", where, s.id(), s.replaces()));
                } else if (s.replaces() != null && !overlay.stepIds().contains(s.replaces())) {
                    known(s.replaces(), ids, s.location(), out, "replaces");
                }
                String anchor = s.after() != null ? s.after() : s.before();
                String field = s.after() != null ? "after" : "before";
                if (anchor == null || anchor.equals(s.id())) {
                    continue; // a step placed by itself is a load error
                }
                if (nationalIds.contains(anchor)) {
                    continue;
                }
                if (overlay.stepIds().contains(anchor)) {
                    // Placed by a step of its own: it moves with that step, and follows it only when written below it.
                    int own = order.indexOf(anchor);
                    boolean later = own > order.indexOf(s.id());
                    out.warning(LintCode.OVERLAY_ON_OWN_STEP, s.location(), Phrase.of(later ? "lint.TRV123.later"
                            : "lint.TRV123", s.id(), field, anchor));
                } else {
                    known(anchor, ids, s.location(), out, field);
                }
            }
        }
    }

    private static boolean known(String id, Set<String> ids, Location at, Problems out, String field) {
        if (ids.contains(id)) {
            return true;
        }
        String close = DidYouMean.closest(id, ids).orElse(null);
        // A removal of no step removes nothing; a step placed by no step goes at the end.
        String key = field.equals("remove") ? "lint.TRV111.remove" : "lint.TRV111";
        out.warning(LintCode.OVERLAY_UNKNOWN_STEP, at, close == null ? Phrase.of(key, field, id)
                : Phrase.of(key + ".close", field, id, close));
        return false;
    }
}
