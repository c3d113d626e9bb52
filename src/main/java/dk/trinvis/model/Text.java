package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A text in Danish and any number of translations ({@code {da: …, en: …, uk: …}} in YAML).
 *
 * @param da           the Danish text; never null
 * @param translations the text in other languages, by language; never Danish
 */
@NullMarked
public record Text(String da, Map<Language, String> translations) {

    /** Validates that the Danish text is present and copies the translations, ordered by language. */
    public Text {
        Objects.requireNonNull(da, "da");
        if (translations.containsKey(Language.DA)) {
            throw new IllegalArgumentException("Danish is the text itself, not a translation");
        }
        translations = Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** A Danish-only text. */
    public static Text da(String da) {
        return new Text(da, Map.of());
    }

    /** A text in Danish and English, the English optional. */
    public static Text of(String da, @Nullable String en) {
        return en == null ? da(da) : new Text(da, Map.of(Language.EN, en));
    }

    /** The text in the given language, falling back to Danish. */
    public String in(Language language) {
        // Most requests are Danish and most texts have no translation: answer those without a lookup.
        return translations.isEmpty() || language.isDanish() ? da : translations.getOrDefault(language, da);
    }

    /** The English text, or null when there is none. */
    public @Nullable String en() {
        return translations.get(Language.EN);
    }

    /** The language {@link #in(Language)} actually returns, so renderers can mark fallbacks. */
    public Language languageFor(Language language) {
        return !translations.isEmpty() && !language.isDanish() && translations.containsKey(language)
                ? language : Language.DA;
    }

    /** Whether the text is written in a language (Danish always is). */
    public boolean has(Language language) {
        return language.isDanish() || translations.containsKey(language);
    }

    /** The languages the text is written in other than Danish. */
    public Set<Language> translated() {
        return translations.keySet();
    }

    /** Every written version, Danish first. */
    public Stream<String> all() {
        return Stream.concat(Stream.of(da), translations.values().stream());
    }

    /** The text as JSON writes it: {@code {"da": …, "en": …}}. */
    @JsonValue
    public Map<String, String> byCode() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(Language.DA.code(), da);
        translations.forEach((l, t) -> out.put(l.code(), t));
        return out;
    }
}
