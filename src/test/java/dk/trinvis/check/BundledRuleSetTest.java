package dk.trinvis.check;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The bundled Danish rule set's own YAML tests, run the way a municipality would run theirs. */
class BundledRuleSetTest {
    @TestFactory
    Stream<DynamicTest> bundledRuleSetTests() {
        return TrinvisTests.from(Path.of("guides"));
    }
}
