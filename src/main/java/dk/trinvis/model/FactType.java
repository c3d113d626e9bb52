package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;

/** The type of a citizen fact. */
@NullMarked
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
