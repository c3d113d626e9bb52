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
 * @param officialName its official name, e.g. "Københavns Kommune", or null for "name Kommune"
 * @param genitive     the name in the genitive, e.g. "Københavns", or null for the Danish rule
 * @param steerDigital local policies steering to digital self-service
 * @param location     where it is declared
 */
@NullMarked
public record Municipality(String code, String name, @Nullable String region, @Nullable String officialName, @Nullable String genitive,
                           List<SteerPolicy> steerDigital,
                           Location location) {
    /** Copies the list so the record stays immutable. */
    public Municipality {
        steerDigital = List.copyOf(steerDigital);
    }

    /** The official name: as written, or "{name} Kommune", which holds for all but a few. */
    public String authorityName() {
        return officialName != null ? officialName : name + " Kommune";
    }

    /** The name in the genitive: as written, or by the rule that s, x and z take an apostrophe. */
    public String genitiveName() {
        if (genitive != null) {
            return genitive;
        }
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return last == 's' || last == 'x' || last == 'z' ? name + "'" : name + "s";
    }
}
