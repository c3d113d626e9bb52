package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A life event with the services a portal proposes together, e.g. a new child.
 *
 * @param id          the event's id
 * @param title       its name
 * @param description explanation, or null
 * @param services    the services, in the order to propose them
 * @param location    where it is declared
 */
@NullMarked
public record LifeEvent(String id, Text title, @Nullable Text description, List<String> services, Location location) {
    /** Copies the list so the record stays immutable. */
    public LifeEvent {
        services = List.copyOf(services);
    }
}
