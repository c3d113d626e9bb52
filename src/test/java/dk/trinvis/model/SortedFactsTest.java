package dk.trinvis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A request's facts behave as an unmodifiable {@code TreeMap} of the same entries would. */
class SortedFactsTest {
    static final List<String> NAMES = List.of("age", "cannotGetMitID", "digitalPostExempt", "hasMitID", "needsHelp",
            "noFixedAddress", "Zeta", "æble", "");

    @Test
    void readsLikeATreeMapOfTheSameFactsWhateverTheOrderGiven() {
        Random random = new Random(20261127);
        for (int n = 0; n < 500; n++) {
            Map<String, Object> given = new LinkedHashMap<>();
            for (String name : NAMES) {
                if (random.nextBoolean()) {
                    given.put(name, random.nextBoolean() ? (Object) random.nextBoolean() : (Object) (long) random.nextInt(99));
                }
            }
            SortedMap<String, Object> tree = new TreeMap<>(given);
            SortedFacts facts = SortedFacts.copyOf(given);

            assertThat(facts).isEqualTo(tree).hasSameHashCodeAs(tree);
            assertThat(List.copyOf(facts.entrySet())).isEqualTo(List.copyOf(tree.entrySet()));
            assertThat(facts.keySet()).containsExactlyElementsOf(tree.keySet());
            for (String probe : List.of("age", "b", "hasMitID", "zz", "", "Zeta")) {
                assertThat(facts.get(probe)).isEqualTo(tree.get(probe));
                assertThat(facts.containsKey(probe)).isEqualTo(tree.containsKey(probe));
                assertThat(facts.headMap(probe)).isEqualTo(tree.headMap(probe));
                assertThat(facts.tailMap(probe)).isEqualTo(tree.tailMap(probe));
                assertThat(facts.subMap("", probe)).isEqualTo(tree.subMap("", probe));
            }
            if (!tree.isEmpty()) {
                assertThat(facts.firstKey()).isEqualTo(tree.firstKey());
                assertThat(facts.lastKey()).isEqualTo(tree.lastKey());
            }
        }
    }

    @Test
    void manyFactsAndAMapThatSaysItHoldsFewerThanItGivesAreSortedAsATreeMapSortsThem() {
        Random random = new Random(33);
        for (int size : new int[] {1, 2, 31, 32, 33, 100, 500}) {
            Map<String, Object> given = new LinkedHashMap<>();
            while (given.size() < size) {
                given.put("f" + random.nextInt(100_000), random.nextInt(3) == 0 ? (Object) random.nextInt(9) : "v");
            }
            TreeMap<String, Object> tree = new TreeMap<>();
            given.forEach((k, v) -> tree.put(k, v instanceof Integer i ? Long.valueOf(i) : v));
            assertThat(List.copyOf(SortedFacts.copyOf(given).entrySet())).isEqualTo(List.copyOf(tree.entrySet()));
            if (size == 1) {
                continue;
            }
            // A map read while another thread adds to it gives more entries than its size said.
            Map<String, Object> growing = new AbstractMap<>() {
                @Override
                public Set<Entry<String, Object>> entrySet() {
                    return given.entrySet();
                }

                @Override
                public int size() {
                    return given.size() - 1;
                }
            };
            assertThat(List.copyOf(SortedFacts.copyOf(growing).entrySet())).isEqualTo(List.copyOf(tree.entrySet()));
        }
    }

    @Test
    void aNullNameOrValueIsRefusedNamingTheFact() {
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("hasMitID", null);
        Map<String, Object> nullName = new HashMap<>();
        nullName.put(null, true);
        assertThatThrownBy(() -> SortedFacts.copyOf(nullValue))
                .isInstanceOf(NullPointerException.class).hasMessage("value of fact hasMitID");
        assertThatThrownBy(() -> SortedFacts.copyOf(nullName))
                .isInstanceOf(NullPointerException.class).hasMessage("fact name");
    }

    @Test
    void integersBecomeLongsAndAMapOfSortedFactsIsKeptNotCopied() {
        SortedFacts facts = SortedFacts.copyOf(Map.of("age", 34, "hasMitID", true));

        assertThat(facts.get("age")).isEqualTo(34L);
        assertThat(SortedFacts.copyOf(facts)).isSameAs(facts);
        assertThat(facts.get(42)).isNull();
    }

    @Test
    void cannotBeChangedInAnyWay() {
        SortedFacts facts = SortedFacts.copyOf(Map.of("age", 34L, "hasMitID", true));

        assertThatThrownBy(() -> facts.put("x", true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> facts.remove("age")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> facts.entrySet().iterator().next().setValue(1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> facts.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(facts::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRequestAndItsDecisionsReceiptShareOneMap() {
        DecisionRequest request = DecisionRequest.of("flytning", "0751").fact("needsHelp", true).fact("age", 70);

        assertThat(request.facts().keySet()).containsExactly("age", "needsHelp");
        assertThat(request.withoutExplanation().language(Language.EN).facts()).isSameAs(request.facts());
        assertThat(dk.trinvis.RuleSet.bundled().decide(request.at(java.time.Instant.parse("2024-06-03T10:00:00Z")))
                .receipt().facts()).isSameAs(request.facts());
    }
}
