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
 * @param reason      why the ground lets the citizen use another way, said to the citizen (e.g. "you
 *                    are exempt from Digital Post"), or null to give its title as the reason
 * @param location    where it is declared
 */
@NullMarked
public record ExemptionGround(String id, Text title, Condition when, Effect effect, Period validity,
                              List<String> areas, List<String> exceptAreas, @Nullable Legal legal, @Nullable Text description,
                              @Nullable Text reason, Location location) {
    /** Copies the lists so the record stays immutable. */
    public ExemptionGround {
        areas = List.copyOf(areas);
        exceptAreas = List.copyOf(exceptAreas);
    }

    /** The reason said to a citizen the ground matches, in a language: its reason, else its title. */
    public String reasonIn(Language language) {
        return reason != null ? reason.in(language) : title.in(language);
    }

    /** Whether the ground can apply to services of the area. */
    public boolean appliesToArea(String area) {
        return !exceptAreas.contains(area) && (areas.isEmpty() || areas.contains(area));
    }
}
