package dk.trinvis.internal.util;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list whose elements may be made only when first read: a decision's trace
 * sentences are formatted when the trace is read or written, not on every decision a caller never
 * explains to anyone. Each element is made at most once per reading thread and kept; elements must
 * be immutable objects with final fields, so a racing second thread that makes one again gets an
 * equal value and publication is safe.
 *
 * @param <T> the element type
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;

    private DeferredList(Object[] items) {
        this.items = items;
    }

    /** Collects elements, ready or deferred, in order. */
    public static final class Builder<T> {
        private final List<Object> items;

        /** A builder sized for the elements expected. */
        public Builder(int expected) {
            this.items = new ArrayList<>(expected);
        }

        /** Adds an element that is ready. */
        public void add(T ready) {
            items.add(ready);
        }

        /** Adds an element made when first read. */
        public void defer(Supplier<? extends T> later) {
            items.add(new Later<>(later));
        }

        /** The list of the elements added so far. */
        public DeferredList<T> build() {
            return new DeferredList<>(items.toArray());
        }
    }

    /** An element made when first read; it keeps what it made, so the list still knows it was deferred. */
    private static final class Later<T> {
        private final Supplier<? extends T> make;
        private @Nullable T made;

        Later(Supplier<? extends T> make) {
            this.make = make;
        }

        T get() {
            T value = made;
            if (value == null) {
                value = make.get();
                made = value;
            }
            return value;
        }
    }

    /**
     * A supplier that makes its value once and keeps it, for a value two deferred elements share.
     * The value must be immutable (a String, a record of final fields): a racing thread may make it
     * again and gets an equal one.
     */
    public static <V> Supplier<V> once(Supplier<V> make) {
        return new Supplier<>() {
            private @Nullable V made;

            @Override
            public V get() {
                V v = made;
                if (v == null) {
                    v = make.get();
                    made = v;
                }
                return v;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Object item = items[index];
        return item instanceof Later<?> later ? ((Later<T>) later).get() : (T) item;
    }

    /**
     * Whether the element at the index is made on reading (whether or not it has been read yet),
     * rather than given ready: a writer may keep what it wrote of ready elements, which are shared
     * from decision to decision, and not of elements made for one reading.
     */
    public boolean madeOnRead(int index) {
        return items[index] instanceof Later<?>;
    }

    @Override
    public int size() {
        return items.length;
    }

    /** Whether a list is a deferred list, which is already unmodifiable and need not be copied. */
    public static boolean is(@Nullable List<?> list) {
        return list instanceof DeferredList<?>;
    }
}
