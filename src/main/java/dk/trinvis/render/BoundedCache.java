package dk.trinvis.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function answered, by argument, for one renderer: labels by language, a help offer's
 * next opening as HTML. Thread-safe. Bounded: a long-lived renderer meets arguments without end (a
 * guide's language is one its rule set knows, but a hand-built guide's could be anything; opening
 * times move with the clock), so when it holds {@code max} answers it starts over.
 */
final class BoundedCache<K, V> {
    private final Function<K, V> make;
    private final int max;
    private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();

    BoundedCache(Function<K, V> make, int max) {
        this.make = make;
        this.max = max;
    }

    V get(K key) {
        V answer = kept.get(key);
        if (answer == null) {
            answer = make.apply(key);
            if (kept.size() >= max) {
                kept.clear();
            }
            kept.put(key, answer);
        }
        return answer;
    }
}
