package dk.trinvis.model;

/**
 * A group of services, e.g. børne- og ungeområdet.
 *
 * @param id                 the area's id
 * @param title              its name
 * @param exemptionAuthority who decides exemptions for its services, or null
 * @param authority          id of the authority that processes its services' non-digital requests, or null
 * @param location           where it is declared
 */
public record Area(String id, Text title, Text exemptionAuthority, String authority, Location location) {
}
