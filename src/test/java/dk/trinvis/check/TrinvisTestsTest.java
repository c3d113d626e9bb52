package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class TrinvisTestsTest {

    @Test
    void onlyTheTaggedTestsBecomeDynamicTests() {
        assertThat(TrinvisTests.from(Golden.resource("yamltests"), "guide").map(DynamicTest::getDisplayName))
                .containsExactly("With MitID the guide starts at logging in",
                        "A test overrides one default fact and keeps the others");
        assertThat(TrinvisTests.from(Golden.resource("yamltests"))).hasSize(6);
    }
}
