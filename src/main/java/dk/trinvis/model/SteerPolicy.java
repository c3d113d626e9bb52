package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * A municipality's local policy to steer citizens to digital self-service (with help),
 * without rejecting paper.
 *
 * @param areas    areas it covers
 * @param services single services it covers
 * @param period   when it applies
 */
@NullMarked
public record SteerPolicy(List<String> areas, List<String> services, Period period) {
    /** Copies the lists so the record stays immutable. */
    public SteerPolicy {
        areas = List.copyOf(areas);
        services = List.copyOf(services);
    }

    /** Whether the policy names the service or its area. */
    public boolean covers(Service service) {
        return services.contains(service.id()) || areas.contains(service.area());
    }
}
