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
 */
@NullMarked
public record Problem(Severity severity, String code, Location location, String message, @Nullable String hint) {

    /** Orders problems by file, line and column, the order a reader fixes them in. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::code);

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
    }

    /** Prints the problem like a compiler: {@code file:line:col: error: message (hint)}. */
    public String format() {
        return format("");
    }

    /** Prints the problem with the rule-set folder's path in front of the file. */
    public String format(String folderPrefix) {
        String text = location.under(folderPrefix) + ": " + severity.label() + ": " + message;
        return hint == null ? text : text + " (" + hint + ")";
    }
}
