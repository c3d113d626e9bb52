package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredListTest {

    @Test
    void aDeferredElementIsMadeWhenFirstReadAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        DeferredList.Builder<String> b = new DeferredList.Builder<>(3);
        b.add("ready");
        b.defer(() -> "later " + made.incrementAndGet());
        DeferredList<String> list = b.build();
        assertThat(made).hasValue(0);
        assertThat(list).containsExactly("ready", "later 1");
        assertThat(list.get(1)).isEqualTo("later 1");
        assertThat(made).hasValue(1);
        assertThat(list).isEqualTo(List.of("ready", "later 1"));
    }

    @Test
    void aDeferredElementIsKnownAsMadeOnReadBeforeAndAfterItIsRead() {
        DeferredList.Builder<String> b = new DeferredList.Builder<>(2);
        b.add("ready");
        b.defer(() -> "later");
        DeferredList<String> list = b.build();
        assertThat(list.madeOnRead(0)).isFalse();
        assertThat(list.madeOnRead(1)).isTrue();
        assertThat(list.get(1)).isEqualTo("later");
        assertThat(list.madeOnRead(1)).isTrue();
        assertThat(list.get(1)).isSameAs(list.get(1));
    }

    @Test
    void theListCannotBeChanged() {
        DeferredList.Builder<String> b = new DeferredList.Builder<>(1);
        b.add("a");
        DeferredList<String> list = b.build();
        assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DeferredList.is(list)).isTrue();
        assertThat(DeferredList.is(List.of("a"))).isFalse();
    }

    @Test
    void aListBuiltKeepsItsElementsWhenTheBuilderGoesOnAndGrows() {
        DeferredList.Builder<String> b = new DeferredList.Builder<>(2);
        b.add("a");
        DeferredList<String> first = b.build();
        b.add("b");
        for (int i = 0; i < 10; i++) {
            b.add("more " + i);
        }
        DeferredList<String> second = b.build();
        assertThat(first).containsExactly("a");
        assertThat(second).hasSize(12).startsWith("a", "b", "more 0").endsWith("more 9");
        assertThatThrownBy(() -> first.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> first.madeOnRead(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anElementThatMakesItselfIsMadeWhenFirstReadAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        DeferredList.Builder<String> b = new DeferredList.Builder<>(1);
        b.defer(new DeferredList.Deferred<String>() {
            @Override
            protected String make() {
                return "made " + made.incrementAndGet();
            }
        });
        DeferredList<String> list = b.build();
        assertThat(made).hasValue(0);
        assertThat(list.madeOnRead(0)).isTrue();
        assertThat(list).containsExactly("made 1");
        assertThat(list.get(0)).isEqualTo("made 1");
        assertThat(made).hasValue(1);
    }
}
