package dk.trinvis.model;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A time in which a service cannot be used in any channel.
 *
 * @param id             the outage's id
 * @param services       affected services; empty means all
 * @param municipalities affected municipalities; empty means all
 * @param from           first Copenhagen local moment of the outage
 * @param to             the moment the service is back
 * @param reason         why, or null
 * @param location       where it is declared
 */
@NullMarked
public record Outage(String id, List<String> services, List<String> municipalities, LocalDateTime from,
                     LocalDateTime to, @Nullable Text reason, Location location) {
    /** Copies the lists so the record stays immutable. */
    public Outage {
        services = List.copyOf(services);
        municipalities = List.copyOf(municipalities);
    }

    /** Whether the outage hits the service in the municipality at the local moment. */
    public boolean covers(String service, String municipality, LocalDateTime at) {
        return (services.isEmpty() || services.contains(service))
                && (municipalities.isEmpty() || municipalities.contains(municipality))
                && !at.isBefore(from) && at.isBefore(to);
    }
}
