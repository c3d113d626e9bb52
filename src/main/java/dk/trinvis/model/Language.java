package dk.trinvis.model;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/** The languages Trinvis texts are written in. Danish is always present; English is optional. */
@NullMarked
public enum Language {
    /** Danish, the language every text must have. */
    DA,
    /** English, which falls back to Danish where a text has none. */
    EN;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The ISO 639-1 code, as used in YAML and JSON ({@code da}, {@code en}). */
    public String code() {
        return code;
    }

    /** Parses an ISO 639-1 code. */
    public static Optional<Language> parse(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
