package dk.trinvis.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Citizen facts as an immutable map sorted by name: what a {@link DecisionRequest} holds and its
 * decision's {@link Decision.Receipt} shares. Sorting once, when the request is made, gives the
 * receipt its byte-identical JSON without a copy per decision; a request derived from another
 * ({@code at}, {@code language}, {@code withoutExplanation}) keeps the same instance. Sorted
 * arrays, not a tree: a handful of facts, read whole far more often than looked up one by one.
 * Package-private and final, so a map of this class is known to be a private, unchanging copy.
 */
final class SortedFacts extends AbstractMap<String, Object> implements SortedMap<String, Object> {
    private static final SortedFacts EMPTY = new SortedFacts(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;

    private SortedFacts(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * The facts sorted by name, with integers as Long: the same instance when it already is such
     * a map. Rejects null names and values.
     */
    static SortedFacts copyOf(Map<String, ?> facts) {
        if (facts instanceof SortedFacts sorted) {
            return sorted;
        }
        if (facts.isEmpty()) {
            return EMPTY;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(facts.size());
        for (Map.Entry<String, ?> e : facts.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "fact name");
            Object value = Objects.requireNonNull(e.getValue(), () -> "value of fact " + name);
            entries.add(Map.entry(name, value instanceof Integer i ? Long.valueOf(i) : value));
        }
        entries.sort(Map.Entry.comparingByKey());
        String[] names = new String[entries.size()];
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = entries.get(i).getKey();
            values[i] = entries.get(i).getValue();
        }
        return new SortedFacts(names, values);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    @Override
    public @Nullable Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    private int indexOf(Object name) {
        return name instanceof String s ? Arrays.binarySearch(names, s) : -1;
    }

    /** Reads the arrays: an entry-set iterator would be an allocation per call. */
    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    @Override
    public @Nullable Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedMap<String, Object> subMap(String fromKey, String toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException(fromKey + " > " + toKey);
        }
        return range(from(fromKey), from(toKey));
    }

    @Override
    public SortedMap<String, Object> headMap(String toKey) {
        return range(0, from(toKey));
    }

    @Override
    public SortedMap<String, Object> tailMap(String fromKey) {
        return range(from(fromKey), names.length);
    }

    @Override
    public String firstKey() {
        if (names.length == 0) {
            throw new NoSuchElementException();
        }
        return names[0];
    }

    @Override
    public String lastKey() {
        if (names.length == 0) {
            throw new NoSuchElementException();
        }
        return names[names.length - 1];
    }

    /** The index of the first name at or after the key. */
    private int from(String key) {
        int i = Arrays.binarySearch(names, Objects.requireNonNull(key, "key"));
        return i >= 0 ? i : -i - 1;
    }

    private SortedFacts range(int from, int to) {
        return from >= to ? EMPTY
                : new SortedFacts(Arrays.copyOfRange(names, from, to), Arrays.copyOfRange(values, from, to));
    }
}
