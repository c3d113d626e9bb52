package dk.trinvis.model;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a help offer can do, as the model keeps it: immutable and in declared order. A help offer
 * makes one at load and every decision's {@link Decision.Help} shares it, instead of copying the
 * set for each offer of each decision.
 */
@NullMarked
final class Capabilities extends AbstractSet<Capability> {
    private final EnumSet<Capability> set;

    private Capabilities(EnumSet<Capability> set) {
        this.set = set;
    }

    /** The set itself when it is one of these already, else an immutable copy. */
    static Set<Capability> of(Set<Capability> can) {
        if (can instanceof Capabilities || can.isEmpty()) {
            return can.isEmpty() ? Set.of() : can;
        }
        return new Capabilities(EnumSet.copyOf(can));
    }

    @Override
    public Iterator<Capability> iterator() {
        return Collections.unmodifiableSet(set).iterator();
    }

    @Override
    public int size() {
        return set.size();
    }

    @Override
    public boolean contains(@Nullable Object o) {
        return set.contains(o);
    }
}
