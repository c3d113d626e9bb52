package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A link with the text a reader sees.
 *
 * @param url      an absolute URL
 * @param text     descriptive link text, or null where the context names it
 * @param location where it is written
 */
@NullMarked
public record Link(String url, @Nullable Text text, Location location) {
}
