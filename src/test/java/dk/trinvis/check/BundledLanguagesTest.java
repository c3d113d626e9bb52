package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Issue #26: the bundled texts in English everywhere, in Ukrainian where promised, and worded for every year. */
class BundledLanguagesTest {
    private static final RuleSet BUNDLED = RuleSet.bundled();
    /** The five most used services, whose guides are in Ukrainian. */
    private static final Set<String> UKRAINIAN_GUIDES = Set.of("flytning", "laegevalg", "sundhedskort", "navngivning",
            "boerne-ungeydelse");

    /** Every document of the bundled YAML files, tests left out, as plain maps. */
    private static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("guides"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    for (Object o : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(r)) {
                        if (o instanceof Map<?, ?> m && !"Test".equals(m.get("kind")) && !"TestDefaults".equals(m.get("kind"))) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> doc = (Map<String, Object>) m;
                            out.add(doc);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The language maps ({@code {da: …, en: …}}) in a YAML value. */
    private static void texts(Object value, List<Map<?, ?>> out) {
        if (value instanceof Map<?, ?> m) {
            if (m.containsKey("da") && m.values().stream().allMatch(v -> v instanceof String)) {
                out.add(m);
                return;
            }
            m.values().forEach(v -> texts(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> texts(v, out));
        }
    }

    @Test
    void everyBundledTextHasEnglish() throws IOException {
        List<Map<?, ?>> texts = new ArrayList<>();
        documents().forEach(d -> texts(d, texts));
        assertThat(texts).hasSizeGreaterThan(600);
        assertThat(texts).allSatisfy(t -> assertThat(t.keySet()).as(String.valueOf(t.get("da"))).map(String::valueOf).contains("en"));
    }

    @Test
    void theFiveMostUsedGuidesAreInUkrainianAsADraftWithAReviewDate() throws IOException {
        int guides = 0;
        for (Map<String, Object> d : documents()) {
            if ("Guide".equals(d.get("kind")) && d.get("municipality") == null && UKRAINIAN_GUIDES.contains(d.get("service"))) {
                guides++;
                List<Map<?, ?>> texts = new ArrayList<>();
                texts(d, texts);
                assertThat(texts).allSatisfy(t -> assertThat(t.keySet()).as(d.get("service") + ": " + t.get("da")).map(String::valueOf).contains("uk"));
                assertThat(d.get("reviewBy")).as(d.get("service") + " is reviewed").isNotNull();
            }
        }
        assertThat(guides).isEqualTo(UKRAINIAN_GUIDES.size());
    }

    @Test
    void theFactQuestionsAreInUkrainianAsADraftWithAReviewDate() {
        DocumentInfo facts = BUNDLED.model().documents().stream().filter(d -> d.kind().equals("Facts")).findFirst().orElseThrow();
        assertThat(facts.reviewBy()).isNotNull();
        for (Fact f : BUNDLED.model().facts().values()) {
            if (f.question() != null) {
                assertThat(f.question().has(Language.UK)).as(f.id()).isTrue();
            }
        }
    }

    @Test
    void noQuestionOrGroundTitleNamesALoginThatDidNotExistInEveryYear() {
        // A question or a ground's title reads the same in 2012 (NemID only) and 2024 (MitID only).
        for (Fact f : BUNDLED.model().facts().values()) {
            if (f.question() != null) {
                f.question().all().forEach(q -> assertThat(q).as(f.id()).doesNotContain("NemID").doesNotContain("MitID"));
            }
        }
        for (ExemptionGround g : BUNDLED.model().grounds()) {
            g.title().all().forEach(t -> assertThat(t).as(g.id()).doesNotContain("NemID").doesNotContain("MitID"));
        }
    }
}
