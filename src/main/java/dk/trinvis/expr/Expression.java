package dk.trinvis.expr;

import java.util.Collection;
import java.util.Set;

/** A compiled, type-checked expression. Immutable and thread-safe. */
public interface Expression {
    /** The text it was compiled from. */
    String source();

    /** Every name it references, in source order. */
    Set<String> names();

    /** Its truth under the bindings, with three-valued logic. */
    Tri evaluate(Bindings bindings);

    /** The unknown names that make the result UNKNOWN; empty when it is TRUE or FALSE. */
    Set<String> decisiveUnknowns(Bindings bindings);

    /**
     * Adds the same names as {@link #decisiveUnknowns(Bindings)} to the collection, in order, a name
     * possibly more than once: for callers that keep their own small list.
     */
    void decisiveUnknowns(Bindings bindings, Collection<String> into);
}
