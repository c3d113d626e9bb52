package dk.trinvis.internal.expr;

import org.jspecify.annotations.Nullable;

/**
 * Values of a scope's names by slot ({@link Scope#slot}), for the hot path: a name compiled
 * against the scope reads its value from the array without looking the name up. The values are
 * typed as the scope declares them (Long for integers); null is unknown. The array belongs to
 * this object: the caller fills it before evaluating and does not change it afterwards.
 */
public final class Slots implements Bindings {
    private final Scope scope;
    private final @Nullable Object[] values;

    /**
     * Values for the scope's names.
     *
     * @param scope  the scope the expressions were compiled against, or one declaring the same
     *               names first
     * @param values by slot, at least {@link Scope#size()} long; kept, not copied
     */
    public Slots(Scope scope, @Nullable Object[] values) {
        if (values.length < scope.size()) {
            throw new IllegalArgumentException(values.length + " values for " + scope.size() + " names");
        }
        this.scope = scope;
        this.values = values;
    }

    /** The value in a slot, or null when unknown. */
    @Nullable Object at(int slot) {
        return values[slot];
    }

    @Override
    public @Nullable Object valueOf(String name) {
        int slot = scope.slot(name);
        return slot < 0 ? null : values[slot];
    }
}
