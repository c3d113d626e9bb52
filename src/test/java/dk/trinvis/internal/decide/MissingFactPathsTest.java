package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.testing.Golden;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.yaml.RuleSetLoader;
import dk.trinvis.internal.yaml.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Missing facts are found two ways: as rank bits when each fact is named by one rule of the
 * service, and by merging every rule each fact decides. On random requests to the bundled rule set
 * and the test rule set, in every language and for every audience, both give the same decision.
 */
class MissingFactPathsTest {
    static final String[] MOMENTS = {"2012-06-15T10:00", "2013-06-03T09:00", "2014-01-06T10:00", "2016-03-01T10:00",
        "2023-06-01T09:00", "2023-11-20T12:00", "2024-06-03T11:00"};

    @ParameterizedTest
    @ValueSource(strings = {"guides", "src/test/resources/decide"})
    void rankBitsAndMergingGiveTheSameDecision(String folder) {
        CompiledRuleSet compiled = load(Path.of(folder));
        DecisionEngine ranked = new DecisionEngine(compiled, true);
        DecisionEngine merged = new DecisionEngine(compiled, false);
        List<String> services = List.copyOf(compiled.model().services().keySet());
        List<String> municipalities = List.copyOf(compiled.model().municipalities().keySet());
        List<Fact> facts = List.copyOf(compiled.model().facts().values());
        Random random = new Random(20261127);
        int withMissing = 0;
        for (int n = 0; n < 2_000; n++) {
            DecisionRequest request = DecisionRequest.of(services.get(random.nextInt(services.size())),
                            municipalities.get(random.nextInt(municipalities.size())))
                    .at(LocalDateTime.parse(MOMENTS[random.nextInt(MOMENTS.length)]))
                    .audience(Audience.values()[random.nextInt(Audience.values().length)])
                    .language(List.of(Language.DA, Language.EN, Language.UK).get(random.nextInt(3)));
            for (Fact f : facts) {
                if (f.type() == FactType.BOOLEAN && random.nextInt(4) == 0) {
                    request = request.fact(f.id(), random.nextBoolean());
                }
            }
            if (random.nextBoolean()) {
                request = request.withoutExplanation();
            }
            Decision a = ranked.decide(request, request.at());
            Decision b = merged.decide(request, request.at());
            assertThat(a.toJson()).as("%s", request).isEqualTo(b.toJson());
            withMissing += a.missingFacts().size() > 1 ? 1 : 0;
        }
        assertThat(withMissing).as("requests with several missing facts").isGreaterThan(500);
    }

    static CompiledRuleSet load(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new SourceFile(folder.relativize(p).toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        CompiledRuleSet compiled = RuleSetLoader.load(files, problems);
        assertThat(problems.hasErrors()).isFalse();
        return compiled;
    }
}
