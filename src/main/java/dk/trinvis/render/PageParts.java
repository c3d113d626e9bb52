package dk.trinvis.render;

import java.util.Arrays;

/**
 * The pieces of a rendered page, joined into one string at the end. A guide's help list holds an
 * en dash, and a {@code StringBuilder} holding text outside Latin-1 is widened, grown and copied
 * twice more on its way to a {@code String}: four to five times the page in allocation, for the
 * HTML of a guide more than all else its rendering allocates. {@link String#join} sizes the page
 * once, in the right encoding.
 */
final class PageParts {
    /** Room for a guide's page, some sixty pieces; a journey's grows it. */
    private String[] parts = new String[128];
    private int size;

    PageParts append(String piece) {
        if (size == parts.length) {
            parts = Arrays.copyOf(parts, size * 2);
        }
        parts[size++] = piece;
        return this;
    }

    @Override
    public String toString() {
        // Only the pieces added: String.join measures and copies each element, and empty ones in an
        // unused tail would cost as much as pieces.
        return String.join("", size == parts.length ? parts : Arrays.copyOf(parts, size));
    }
}
