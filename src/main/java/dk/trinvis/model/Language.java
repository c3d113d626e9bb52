package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;

/**
 * A language Trinvis texts can be written in, by its ISO 639 code. The set is open: a rule set
 * may write texts in any language ({@code {da: …, en: …, uk: …}}), and a request may ask for any
 * language. Danish is always present; where a text or a fixed sentence has no translation, the
 * Danish one is used and the answer says so (see {@link LocalText}).
 *
 * @param code the lower-case ISO 639-1 (or -2/3) code, as used in YAML and JSON
 */
@NullMarked
public record Language(@JsonValue String code) implements Comparable<Language> {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    /** Danish, the language every text must have and everything falls back to. */
    public static final Language DA = new Language("da");
    /** English. */
    public static final Language EN = new Language("en");
    /** Ukrainian. */
    public static final Language UK = new Language("uk");

    /** The languages whose fixed sentences (decision trace, guide labels) ship with Trinvis. */
    public static final List<Language> BUNDLED = List.of(DA, EN, UK);

    /** Validates the code. */
    public Language {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 639 language code: '" + code + "'");
        }
    }

    /** The language of a code such as {@code da}, {@code EN} or {@code uk}; throws when it is not a language code. */
    @JsonCreator
    public static Language of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("not an ISO 639 language code: '" + code + "'"));
    }

    /** Parses a code such as {@code da}, {@code EN} or {@code uk}; empty when it is not a language code. */
    public static Optional<Language> parse(String code) {
        String lower = code.trim().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(lower).matches()) {
            return Optional.empty();
        }
        return Optional.of(switch (lower) {
            case "da" -> DA;
            case "en" -> EN;
            case "uk" -> UK;
            default -> new Language(lower);
        });
    }

    /** The locale for formatting dates and numbers in this language. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Whether this is Danish. */
    public boolean isDanish() {
        return this == DA || code.equals("da");
    }

    /** Orders Danish first, then by code, so output listing languages is stable. */
    @Override
    public int compareTo(Language other) {
        if (isDanish() != other.isDanish()) {
            return isDanish() ? -1 : 1;
        }
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
