package dk.trinvis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.Guide;
import dk.trinvis.render.GuideFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated rule sets either load, and then decide and render every guide in every format, or fail
 * with problems located in the file. Seeds: the bundled rule set's files, the loader fixtures and
 * the regression corpus under robust/corpus.
 */
class RuleSetFuzzTest {
    private static final List<String> TOKENS = List.of(":", "-", "- ", "[", "]", "{", "}", "\"", "'", " ", "\n", "\n  ",
            "#", "&a ", "*a", "!", "|", ">", "%", "@", ",", "?", "---\n", "...\n", "~", "null", "0", "2024-02-30",
            "{{foo}}", "{{help.x.name}}", "<script>", "javascript:x", "kind: ", "id: ", "when: ", "spec: ", "æ",
            "\t", "\u0085", "Mo-Fr 09:00-15:00", "Su 02:00-03:00", "> > > ", "min: 10", "max: 5");
    private static final Path DIR;

    static {
        try {
            DIR = Files.createDirectories(Path.of("target/fuzz-loader"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (String folder : List.of("guides", "src/test/resources/robust/corpus", "src/test/resources/render/rules",
                "src/test/resources/loader", "src/test/resources/yamltests")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    seeds.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    @Provide
    Arbitrary<byte[]> ruleSets() {
        // Mostly text edits; now and then a raw byte, so encodings and control characters get tried too.
        return net.jqwik.api.Combinators.combine(Seeds.mutated(seeds(), TOKENS), Arbitraries.randoms()).as((text, r) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && r.nextInt(4) == 0) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
            return bytes;
        });
    }

    @Provide
    Arbitrary<String> companions() {
        // A second file, so references across files and guides over services get exercised.
        return Arbitraries.of(seeds()).injectNull(0.5);
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        // The clock changes, the first mandatory day, New Year, and any minute 2010-2030.
        return Arbitraries.oneOf(Arbitraries.of(LocalDateTime.parse("2025-03-30T02:30"),
                        LocalDateTime.parse("2025-10-26T02:30"), LocalDateTime.parse("2012-12-01T00:00"),
                        LocalDateTime.parse("2023-12-31T23:59")),
                Arbitraries.longs().between(0, 20L * 365 * 24 * 60)
                        .map(m -> LocalDateTime.parse("2010-01-01T00:00").plusMinutes(m)));
    }

    @Property
    void anyRuleSetLoadsAndRendersOrReportsLocatedProblems(@ForAll("ruleSets") byte[] bytes,
                                                           @ForAll("companions") String companion,
                                                           @ForAll("moments") LocalDateTime at,
                                                           @ForAll boolean yes) throws IOException {
        Files.write(DIR.resolve("fuzz.yaml"), bytes);
        Path second = DIR.resolve("second.yaml");
        if (companion == null) {
            Files.deleteIfExists(second);
        } else {
            Files.writeString(second, companion);
        }
        RuleSet rules;
        try {
            rules = RuleSet.load(DIR);
        } catch (RuleSetException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(RuleSetFuzzTest::located);
            return;
        }
        String code = rules.model().municipalities().keySet().stream().findFirst().orElse(null);
        if (code == null) {
            return;
        }
        for (Guide g : rules.model().guides()) {
            ResolvedGuide guide;
            try {
                DecisionRequest request = DecisionRequest.of(g.service(), code).at(at);
                for (dk.trinvis.model.Fact f : rules.model().facts().values()) {
                    if (f.type() == dk.trinvis.model.FactType.BOOLEAN) {
                        request = request.fact(f.id(), yes);
                    }
                }
                guide = rules.guide(request);
            } catch (RequestException e) {
                continue; // e.g. a guide whose service has no national guide in this municipality
            }
            for (GuideFormat f : GuideFormat.values()) {
                assertThat(f.renderer().render(guide)).isNotBlank();
            }
        }
    }

    private static void located(Problem p) {
        assertThat(p.location().line()).isPositive();
        assertThat(p.location().column()).isPositive();
        assertThat(p.message()).isNotBlank();
    }
}
