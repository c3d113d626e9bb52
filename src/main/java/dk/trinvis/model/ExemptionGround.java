package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A ground on which a citizen is exempt from mandatory digital self-service.
 *
 * @param id          the ground's id
 * @param title       its name
 * @param when        the condition on citizen facts
 * @param effect      what it gives when it holds
 * @param validity    when it is in force
 * @param areas       if not empty, the only areas it applies to
 * @param exceptAreas areas it never applies to
 * @param legal       its legal basis
 * @param description further explanation, or null
 * @param location    where it is declared
 */
@NullMarked
public record ExemptionGround(String id, Text title, Condition when, Effect effect, Period validity,
                              List<String> areas, List<String> exceptAreas, @Nullable Legal legal, @Nullable Text description,
                              Location location) {
    /** Copies the lists so the record stays immutable. */
    public ExemptionGround {
        areas = List.copyOf(areas);
        exceptAreas = List.copyOf(exceptAreas);
    }

    /** Whether the ground can apply to services of the area. */
    public boolean appliesToArea(String area) {
        return !exceptAreas.contains(area) && (areas.isEmpty() || areas.contains(area));
    }
}
