package dk.trinvis.internal.compiled;

import dk.trinvis.model.Fact;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Whether a value fits a declared fact, shared by the loader (tests) and the decision API. */
public final class FactValues {
    private FactValues() {
    }

    /** Whether the value has the fact's type and lies within its bounds or values. */
    public static boolean fits(Fact fact, Object value) {
        return switch (fact.type()) {
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Long l && (fact.min() == null || l >= fact.min())
                    && (fact.max() == null || l <= fact.max());
            case STRING -> value instanceof String s && (fact.values().isEmpty() || fact.values().contains(s));
            case DATE -> value instanceof LocalDate;
        };
    }

    /** What values the fact takes, as a hint. */
    public static String describe(Fact fact) {
        return switch (fact.type()) {
            case BOOLEAN -> "write true or false";
            case INTEGER -> "write a whole number" + (fact.min() != null || fact.max() != null
                    ? " from " + (fact.min() == null ? "any" : fact.min()) + " to "
                    + (fact.max() == null ? "any" : fact.max()) : "");
            case STRING -> fact.values().isEmpty() ? "write a string" : "one of " + String.join(", ", fact.values());
            case DATE -> "write a date as YYYY-MM-DD";
        };
    }

    /** Parses a command-line or form value into the fact's type, or null when it does not fit. */
    public static @Nullable Object parse(Fact fact, String text) {
        Object value;
        try {
            value = switch (fact.type()) {
                case BOOLEAN -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
                // ASCII digits only: Long.valueOf also reads Arabic-Indic and other Unicode digits.
                case INTEGER -> text.trim().matches("[+-]?[0-9]{1,18}") ? Long.valueOf(text.trim()) : null;
                case STRING -> text;
                case DATE -> LocalDate.parse(text.trim());
            };
        } catch (RuntimeException e) {
            return null;
        }
        return value != null && fits(fact, value) ? value : null;
    }
}
