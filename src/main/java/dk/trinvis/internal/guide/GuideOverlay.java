package dk.trinvis.internal.guide;

import dk.trinvis.model.Guide;
import dk.trinvis.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Places a municipality's overlay on the national guide. The overlay's operations, in the order
 * written: removals first, then each overlay step replaces the national step it names
 * ({@code replaces:}), goes {@code after:} or {@code before:} a step, or is appended at the end.
 * A step it refers to may sit at any depth; when it does not exist the overlay step is appended
 * (lint reports the reference).
 */
public final class GuideOverlay {
    private GuideOverlay() {
    }

    /** The steps of the national guide with the overlay placed on it; either may be null. */
    public static List<Step> steps(@Nullable Guide national, @Nullable Guide overlay) {
        List<Step> tree = national == null ? List.of() : national.steps();
        if (overlay == null) {
            return tree;
        }
        for (Guide.Removal r : overlay.removals()) {
            tree = edit(tree, r.step(), found -> List.of());
        }
        // Several steps placed after the same anchor keep the overlay's order: each follows the previous one.
        Map<String, String> lastAfter = new HashMap<>();
        for (Step s : overlay.steps()) {
            Optional<List<Step>> placed = Optional.empty();
            if (s.replaces() != null) {
                placed = tryEdit(tree, s.replaces(), found -> List.of(s));
            } else if (s.after() != null) {
                String anchor = lastAfter.getOrDefault(s.after(), s.after());
                placed = tryEdit(tree, anchor, found -> List.of(found, s));
                if (placed.isPresent()) {
                    lastAfter.put(s.after(), s.id());
                }
            } else if (s.before() != null) {
                placed = tryEdit(tree, s.before(), found -> List.of(s, found));
            }
            List<Step> appended = new ArrayList<>(tree);
            appended.add(s);
            tree = placed.orElse(List.copyOf(appended));
        }
        return tree;
    }

    private static List<Step> edit(List<Step> steps, String id, Function<Step, List<Step>> change) {
        return tryEdit(steps, id, change).orElse(steps);
    }

    /** The tree with the step of this id swapped for what {@code change} makes of it, or empty if no such step. */
    private static Optional<List<Step>> tryEdit(List<Step> steps, String id,
                                                Function<Step, List<Step>> change) {
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            List<Step> replacement = null;
            if (id.equals(s.id())) {
                replacement = change.apply(s);
            } else {
                Optional<List<Step>> sub = tryEdit(s.steps(), id, change);
                Optional<List<Step>> or = sub.isPresent() ? Optional.empty() : tryEdit(s.oneOf(), id, change);
                if (sub.isPresent() || or.isPresent()) {
                    replacement = List.of(new Step(s.id(), s.title(), s.body(), s.when(), s.optional(), s.validity(),
                            s.links(), sub.orElse(s.steps()), or.orElse(s.oneOf()), s.replaces(), s.after(),
                            s.before(), s.location()));
                }
            }
            if (replacement != null) {
                List<Step> out = new ArrayList<>(steps.subList(0, i));
                out.addAll(replacement);
                out.addAll(steps.subList(i + 1, steps.size()));
                return Optional.of(List.copyOf(out));
            }
        }
        return Optional.empty();
    }
}
