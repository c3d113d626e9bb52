package dk.trinvis.internal.expr;

import java.util.Locale;

/** The types of values in expressions. */
public enum Type {
    /** true or false. */
    BOOLEAN,
    /** Whole numbers. */
    INTEGER,
    /** Text. */
    STRING,
    /** ISO local dates. */
    DATE;

    /** Lower-case name for messages. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
