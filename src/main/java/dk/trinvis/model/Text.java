package dk.trinvis.model;

import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A text in Danish and, optionally, English.
 *
 * @param da the Danish text; never null
 * @param en the English text, or null when only Danish is written
 */
@NullMarked
public record Text(String da, @Nullable String en) {

    /** Validates that the Danish text is present. */
    public Text {
        Objects.requireNonNull(da, "da");
    }

    /** A Danish-only text. */
    public static Text da(String da) {
        return new Text(da, null);
    }

    /** The text in the given language, falling back to Danish. */
    public String in(Language language) {
        return language == Language.EN && en != null ? en : da;
    }

    /** The language {@link #in(Language)} actually returns, so renderers can mark fallbacks. */
    public Language languageFor(Language language) {
        return language == Language.EN && en != null ? Language.EN : Language.DA;
    }
}
