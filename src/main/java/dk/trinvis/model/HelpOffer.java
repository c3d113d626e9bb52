package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Help a citizen can get with digital self-service.
 *
 * @param id             the offer's id
 * @param name           its name
 * @param type           how it reaches the citizen
 * @param contact        how to reach it
 * @param municipalities municipality codes it serves; empty means national
 * @param areas          if not empty, only services of these areas
 * @param services       if not empty, only these services
 * @param guidanceOnly   whether it only guides and cannot do the task for the citizen
 * @param validity       when the offer exists
 * @param hours          its opening hours over time; empty means always available
 * @param description    further explanation, or null
 * @param location       where it is declared
 */
@NullMarked
public record HelpOffer(String id, Text name, HelpType type, Contact contact, List<String> municipalities,
                        List<String> areas, List<String> services, boolean guidanceOnly, Period validity,
                        List<HoursPeriod> hours, @Nullable Text description, Location location) {
    /** Copies the lists so the record stays immutable. */
    public HelpOffer {
        municipalities = List.copyOf(municipalities);
        areas = List.copyOf(areas);
        services = List.copyOf(services);
        hours = List.copyOf(hours);
    }

    /** Whether it serves citizens of every municipality. */
    public boolean national() {
        return municipalities.isEmpty();
    }

    /** Whether it helps with the service (by its area and service filters). */
    public boolean helpsWith(Service service) {
        return (areas.isEmpty() || areas.contains(service.area()))
                && (services.isEmpty() || services.contains(service.id()));
    }
}
