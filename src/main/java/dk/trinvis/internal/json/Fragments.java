package dk.trinvis.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of values written before, found by the identity of the value: the sentences, grounds,
 * questions and contacts a rule set prepares at load are the same objects in every decision, so
 * their JSON is written once and then copied. Identity, not equality, so a lookup costs no hashing
 * of text; the key is held, so no other object can take its identity while it is here.
 *
 * <p>An open-addressed table, probed a few slots from the key's identity hash. Slots are never
 * emptied, only filled or, when every slot a key may use is taken, overwritten: so the memory is
 * bounded, and the values of a rule set that was replaced give way to those of its successor.
 * Shared by threads without locks: a slot holds an immutable {@link Fragment} (final fields), so
 * a reader sees either an older fragment or a whole new one, and each is right for its key.
 */
final class Fragments {
    /** Slots a key may use: its home and the next ones. */
    private static final int PROBES = 8;

    private final Fragment[] slots;
    private final int mask;

    /** A table of at least {@link #PROBES} slots, rounded up to a power of two. */
    Fragments(int slots) {
        int size = Integer.highestOneBit(Math.max(PROBES, slots) - 1) << 1;
        this.slots = new Fragment[size];
        this.mask = size - 1;
    }

    /** The fragment written from this very object, or null. */
    @Nullable Fragment find(Object key) {
        int home = System.identityHashCode(key);
        for (int p = 0; p < PROBES; p++) {
            Fragment f = slots[(home + p) & mask];
            if (f == null) {
                return null;
            }
            if (f.key() == key) {
                return f;
            }
        }
        return null;
    }

    /**
     * Keeps the fragment in place of one kept under the same key (so {@link #find} meets the new
     * one), else in the first free slot its key may use, or else in place of one of them.
     */
    Fragment keep(Fragment fragment) {
        int home = System.identityHashCode(fragment.key());
        for (int p = 0; p < PROBES; p++) {
            int i = (home + p) & mask;
            Fragment there = slots[i];
            if (there == null || there.key() == fragment.key()) {
                slots[i] = fragment;
                return fragment;
            }
        }
        // All taken: the hash's high bits pick which one goes, so keys sharing a home do not
        // keep pushing out the same neighbour.
        slots[(home + (home >>> 24) % PROBES) & mask] = fragment;
        return fragment;
    }
}
