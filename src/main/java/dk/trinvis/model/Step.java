package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One step of a guide.
 *
 * @param id       the step id, unique within its guide
 * @param title    what to do
 * @param body     Markdown explanation, or null
 * @param when     shown only when this holds, or null for always
 * @param optional whether the citizen may skip it
 * @param validity when the step applies
 * @param links    links with context text
 * @param steps    sub-steps
 * @param oneOf    an "or" group: the citizen does one of these
 * @param replaces in a municipal overlay: the national step this one takes the place of, or null
 * @param after    in a municipal overlay: the step this one follows, or null
 * @param before   in a municipal overlay: the step this one precedes, or null
 * @param location where it is declared
 */
@NullMarked
public record Step(String id, Text title, @Nullable Text body, @Nullable Condition when, boolean optional,
                   Period validity, List<Link> links, List<Step> steps, List<Step> oneOf, @Nullable String replaces,
                   @Nullable String after, @Nullable String before, Location location) {
    /** Copies the lists so the record stays immutable. */
    public Step {
        links = List.copyOf(links);
        steps = List.copyOf(steps);
        oneOf = List.copyOf(oneOf);
    }
}
