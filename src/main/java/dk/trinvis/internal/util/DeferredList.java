package dk.trinvis.internal.util;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    private final int size;

    private DeferredList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** Collects elements, ready or deferred, in order. */
    public static final class Builder<T> {
        private Object[] items;
        private int size;
        /** Whether a list built so far holds {@link #items}: the next element goes into a copy. */
        private boolean shared;

        /** A builder sized for the elements expected. */
        public Builder(int expected) {
            this.items = new Object[Math.max(4, expected)];
        }

        /** Adds an element that is ready. */
        public void add(T ready) {
            append(ready);
        }

        /** Adds an element made when first read. */
        public void defer(Supplier<? extends T> later) {
            append(new Later<>(later));
        }

        /** Adds an element made when first read by its own {@link Deferred#make()}: one object, no supplier. */
        public void defer(Deferred<? extends T> later) {
            append(later);
        }

        private void append(Object item) {
            if (shared || size == items.length) {
                items = Arrays.copyOf(items, Math.max(size * 2, 4));
                shared = false;
            }
            items[size++] = item;
        }

        /** The list of the elements added so far; it shares the builder's array, not copied. */
        public DeferredList<T> build() {
            shared = true;
            return new DeferredList<>(items, size);
        }
    }

    /**
     * An element made when first read, by a subclass that holds what it needs: a deferred element
     * in one object. It keeps what it made, so the list still knows it was deferred.
     */
    public abstract static class Deferred<T> {
        private @Nullable T made;

        /** Makes the element; called at most once per reading thread. */
        protected abstract T make();

        final T get() {
            T value = made;
            if (value == null) {
                value = make();
                made = value;
            }
            return value;
        }
    }

    /** An element made when first read from a supplier. */
    private static final class Later<T> extends Deferred<T> {
        private final Supplier<? extends T> make;

        Later(Supplier<? extends T> make) {
            this.make = make;
        }

        @Override
        protected T make() {
            return make.get();
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
        Object item = items[Objects.checkIndex(index, size)];
        return item instanceof Deferred<?> later ? ((Deferred<T>) later).get() : (T) item;
    }

    /**
     * Whether the element at the index is made on reading (whether or not it has been read yet),
     * rather than given ready: a writer may keep what it wrote of ready elements, which are shared
     * from decision to decision, and not of elements made for one reading.
     */
    public boolean madeOnRead(int index) {
        return items[Objects.checkIndex(index, size)] instanceof Deferred<?>;
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether a list is a deferred list, which is already unmodifiable and need not be copied. */
    public static boolean is(@Nullable List<?> list) {
        return list instanceof DeferredList<?>;
    }
}
