package dk.trinvis.model;

/**
 * A {@code when:} expression as written, with where it is written.
 *
 * @param source   the expression text
 * @param location where the YAML scalar holding it starts
 */
public record Condition(String source, Location location) {
}
