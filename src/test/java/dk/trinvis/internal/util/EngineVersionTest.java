package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineVersionTest {
    @Test
    void theBuildRecordsTheMavenVersionAndACommitOrUnknown() {
        assertThat(EngineVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+([0-9a-f]{7,40}(-dirty)?|unknown)");
    }

    @Test
    void aBuildWithoutGitOrWithoutFilteringSaysUnknown() {
        assertThat(EngineVersion.of("0.1.0", "${trinvis.commit}")).isEqualTo("0.1.0+unknown");
        assertThat(EngineVersion.of("0.1.0", "")).isEqualTo("0.1.0+unknown");
        assertThat(EngineVersion.of(null, null)).isEqualTo("unknown+unknown");
        assertThat(EngineVersion.of("${project.version}", "3f2a9c1d0e4b-dirty")).isEqualTo("unknown+3f2a9c1d0e4b-dirty");
        assertThat(EngineVersion.of("0.1.0", "3f2a9c1d0e4b")).isEqualTo("0.1.0+3f2a9c1d0e4b");
    }
}
