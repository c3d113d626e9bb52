package dk.trinvis.model;

/** The type of a citizen fact. */
public enum FactType {
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number, optionally bounded by {@code min}/{@code max}. */
    INTEGER,
    /** A string, optionally one of {@code values}. */
    STRING,
    /** An ISO local date. */
    DATE
}
