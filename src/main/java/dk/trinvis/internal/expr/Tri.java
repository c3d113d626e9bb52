package dk.trinvis.internal.expr;

/** Kleene three-valued truth: a fact the caller did not give is UNKNOWN. */
public enum Tri {
    /** Holds. */
    TRUE,
    /** Does not hold. */
    FALSE,
    /** Depends on a fact not given. */
    UNKNOWN;

    /** Kleene conjunction: false wins over unknown. */
    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) {
            return FALSE;
        }
        return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    /** Kleene disjunction: true wins over unknown. */
    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) {
            return TRUE;
        }
        return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }

    /** Negation; unknown stays unknown. */
    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** The truth of a boolean. */
    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
