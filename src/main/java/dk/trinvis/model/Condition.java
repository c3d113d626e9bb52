package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;

/**
 * A {@code when:} expression as written, with where it is written.
 *
 * @param source   the expression text
 * @param location where the YAML scalar holding it starts
 */
@NullMarked
public record Condition(String source, Location location) {
}
