package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    private final List<String> made = new ArrayList<>();

    private String make(String key) {
        made.add(key);
        return key.toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void anAnswerIsMadeOnceAndGivenAgain() {
        BoundedCache<String, String> memo = new BoundedCache<>(this::make, 8);
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(memo.get(new String("a"))).isEqualTo("A");
        assertThat(made).containsExactly("a");
    }

    @Test
    void aFullMemoStartsOverSoOldAnswersDoNotPileUp() {
        BoundedCache<String, String> memo = new BoundedCache<>(this::make, 2);
        memo.get("a");
        memo.get("b");
        memo.get("c");
        memo.get("a");
        memo.get("c");
        assertThat(made).containsExactly("a", "b", "c", "a");
    }
}
