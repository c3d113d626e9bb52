package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;

/**
 * Opening hours of a help offer for a period, in OpenStreetMap {@code opening_hours} syntax.
 *
 * @param validity when these hours apply
 * @param spec     the opening_hours text, e.g. {@code Mo-Fr 09:00-15:00; PH off}
 * @param location where the spec is written
 */
@NullMarked
public record HoursPeriod(Period validity, String spec, Location location) {
}
