package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A group of services, e.g. børne- og ungeområdet.
 *
 * @param id                 the area's id
 * @param title              its name
 * @param exemptionAuthority who decides exemptions for its services, or null
 * @param authority          id of the authority that processes its services' non-digital requests, or null
 * @param location           where it is declared
 */
@NullMarked
public record Area(String id, Text title, @Nullable Text exemptionAuthority, @Nullable String authority, Location location) {
}
