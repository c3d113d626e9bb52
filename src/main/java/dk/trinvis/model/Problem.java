package dk.trinvis.model;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One located problem in a rule set: a load error or a lint warning.
 *
 * @param severity how bad it is
 * @param code     a stable code, e.g. {@code TRV004} for an unknown key
 * @param location where it is
 * @param message  what is wrong, in English
 * @param hint     how to fix it, or null
 * @param phrase   the message in the phrase books, so it can print in Danish too; null for English only
 */
@NullMarked
public record Problem(Severity severity, String code, Location location, String message, @Nullable String hint,
                      @Nullable Phrase phrase) {

    /** Orders problems by file, line and column, the order a reader fixes them in. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::code);

    /** A problem written in English only. */
    public Problem(Severity severity, String code, Location location, String message, String hint) {
        this(severity, code, location, message, hint, null);
    }

    /** A problem from the phrase books; its English message and hint are filled in. */
    public Problem(Severity severity, String code, Location location, Phrase phrase) {
        this(severity, code, location, phrase.message(Language.EN), phrase.hint(Language.EN), phrase);
    }

    /** Validates the required parts. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** How bad a problem is. */
    public enum Severity {
        /** The rule set cannot be used. */
        ERROR,
        /** The rule set works but probably not as intended. */
        WARNING;

        /** Lower-case name as printed. */
        public String label() {
            return this == ERROR ? "error" : "warning";
        }

        /** The name as printed in a language. */
        public String label(Language lang) {
            return Phrase.text(lang, "severity." + label());
        }
    }

    /**
     * Prints the problem like a compiler, with its code so an editor can look it up or silence it:
     * {@code file:line:col: warning TRV108: message (hint)}.
     */
    public String format() {
        return format("");
    }

    /** Prints the problem with the rule-set folder's path in front of the file. */
    public String format(String folderPrefix) {
        return format(folderPrefix, Language.EN);
    }

    /** Prints the problem in a language; problems not yet in the phrase books stay English. */
    public String format(String folderPrefix, Language lang) {
        String text = location.under(folderPrefix) + ": " + severity.label(lang) + " " + code + ": " + message(lang);
        String h = hint(lang);
        return h == null ? text : text + " (" + h + ")";
    }

    /** What is wrong, in a language when the phrase books have it, else in English. */
    public String message(Language lang) {
        return phrase == null ? message : phrase.message(lang);
    }

    /** How to fix it, in a language when the phrase books have it, else in English; or null. */
    public @Nullable String hint(Language lang) {
        return phrase == null ? hint : phrase.hint(lang);
    }
}
