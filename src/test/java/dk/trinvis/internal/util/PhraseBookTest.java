package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhraseBookTest {

    @Test
    void slotsAreFilledByPositionAndBracesThatAreNotSlotsStay() {
        assertThat(PhraseBook.fill("{1} før {0}; {x} og {12345} bliver", "a", "b")).isEqualTo("b før a; {x} og {12345} bliver");
        assertThat(PhraseBook.fill("'{0}' er ikke '{1}'", "it's", "{0}")).isEqualTo("'it's' er ikke '{0}'");
        assertThatThrownBy(() -> PhraseBook.of(PhraseBook.CITIZEN, "da").get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
    }
}
