package dk.trinvis.model;

import java.util.List;
import java.util.Set;
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
 * @param can            what it can do; {@code guidanceOnly: true} in YAML is {@code [guide]}
 * @param actsFor        ids of authorities it processes non-digital requests for
 * @param validity       when the offer exists
 * @param hours          its opening hours over time; empty means the hours are unknown
 * @param description    further explanation, or null
 * @param location       where it is declared
 */
@NullMarked
public record HelpOffer(String id, Text name, HelpType type, Contact contact, List<String> municipalities,
                        List<String> areas, List<String> services, Set<Capability> can, List<String> actsFor,
                        Period validity,
                        List<HoursPeriod> hours, @Nullable Text description, Location location) {
    /** Copies the lists so the record stays immutable. */
    public HelpOffer {
        municipalities = List.copyOf(municipalities);
        areas = List.copyOf(areas);
        services = List.copyOf(services);
        can = Capabilities.of(can);
        actsFor = List.copyOf(actsFor);
        hours = List.copyOf(hours);
    }

    /** Whether it serves citizens of every municipality. */
    public boolean national() {
        return municipalities.isEmpty();
    }

    /** Whether it can process a request on an authority's behalf, not only guide. */
    public boolean processes() {
        return can.contains(Capability.PROCESS);
    }

    /** Whether it helps with the service (by its area and service filters). */
    public boolean helpsWith(Service service) {
        return (areas.isEmpty() || areas.contains(service.area()))
                && (services.isEmpty() || services.contains(service.id()));
    }
}
