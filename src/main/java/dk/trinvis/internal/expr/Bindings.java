package dk.trinvis.internal.expr;

import org.jspecify.annotations.Nullable;

/** Values of names at evaluation time: Boolean, Long (or Integer), String or LocalDate; null when unknown. */
@FunctionalInterface
public interface Bindings {
    /** The value of the name, or null when it is not known. */
    @Nullable Object valueOf(String name);
}
