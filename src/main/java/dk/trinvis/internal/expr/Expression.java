package dk.trinvis.internal.expr;

import java.util.Collection;
import java.util.Map;
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

    /**
     * The same names as {@link #decisiveUnknowns(Bindings)} as bits: bit {@code k} when {@code names[k]}
     * is among them (for the first 64 names; others are left out). Allocates nothing, for the
     * per-request path that only needs to know which of a rule's facts decide it.
     */
    long decisiveUnknowns(Bindings bindings, String[] names);

    /**
     * What is left of the expression once some names are known: those names replaced by their
     * values and what they decide folded away ({@code service.id == 'flytning' and citizen.x}
     * becomes {@code citizen.x} for that service and {@code false} for any other). Under bindings
     * that agree with {@code known} it evaluates the same and reports the same decisive unknowns;
     * {@link #names()} lists only the names still read; {@link #source()} stays the original text.
     * Returns this expression when no known name occurs in it.
     *
     * @param known values by name; a null value leaves the name unknown
     */
    Expression given(Map<String, ?> known);
}
