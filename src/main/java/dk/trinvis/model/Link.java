package dk.trinvis.model;

/**
 * A link with the text a reader sees.
 *
 * @param url      an absolute URL
 * @param text     descriptive link text, or null where the context names it
 * @param location where it is written
 */
public record Link(String url, Text text, Location location) {
}
