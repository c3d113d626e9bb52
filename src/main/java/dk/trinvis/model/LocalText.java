package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A text in the language it is actually written in, which is the requested one or, where no
 * translation exists, Danish. Renderers mark the fallback (e.g. {@code lang="da"} in HTML).
 *
 * @param text     the text
 * @param language the language it is written in
 */
@NullMarked
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalText(String text, Language language) {

    /** The text for a requested language, or null when there is no text. */
    public static @Nullable LocalText of(@Nullable Text text, Language requested) {
        return text == null ? null : new LocalText(text.in(requested), text.languageFor(requested));
    }

    /** Whether the text falls back from the requested language. */
    public boolean fallsBackFrom(Language requested) {
        return !language.equals(requested);
    }

    @Override
    public String toString() {
        return text;
    }
}
