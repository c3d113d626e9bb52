package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A Danish municipality.
 *
 * @param code         the 4-digit kommunekode, e.g. {@code 0167}
 * @param name         its name, e.g. Hvidovre
 * @param region       its region, or null
 * @param steerDigital local policies steering to digital self-service
 * @param location     where it is declared
 */
@NullMarked
public record Municipality(String code, String name, @Nullable String region, List<SteerPolicy> steerDigital,
                           Location location) {
    /** Copies the list so the record stays immutable. */
    public Municipality {
        steerDigital = List.copyOf(steerDigital);
    }
}
