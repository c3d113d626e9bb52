package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.ControlChars;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Step;
import dk.trinvis.model.TrinvisException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The first files of a municipality's local rule folder: its {@code Municipality} and
 * borgerservice offer (when the rule set lacks them), an example overlay on a national guide,
 * and tests that pass as generated. The editor's starting point; see docs/overlay-tutorial.md.
 */
public final class Scaffold {
    private Scaffold() {
    }

    /**
     * The files to write, by path relative to the rule-set folder, in writing order.
     *
     * @param model   the rule set the folder goes into
     * @param code    the municipality code
     * @param name    the municipality's name; may be null when the rule set declares it
     * @param service the service whose national guide the example overlay extends, or null for the first guided one
     * @param today   the day the tests are dated
     * @throws IllegalArgumentException with a sentence for the editor when the request cannot be met
     */
    public static Map<String, String> files(RuleSetModel model, String code, @Nullable String name, @Nullable String service,
                                            LocalDate today) {
        return files(model, code, name, service, today, Language.EN);
    }

    /** As {@link #files(RuleSetModel, String, String, String, LocalDate)}, saying why not in a language. */
    public static Map<String, String> files(RuleSetModel model, String code, @Nullable String name, @Nullable String service,
                                            LocalDate today, Language lang) {
        return files(model, code, name, service, today, lang, null);
    }

    /**
     * The files; with {@code layerAnchor}, those of a layer (at the layer's top, tests that fail
     * without it, the step after the national step it names or else the first step without a condition).
     */
    private static Map<String, String> files(RuleSetModel model, String code, @Nullable String name,
                                             @Nullable String service, LocalDate today, Language lang,
                                             @Nullable Function<Guide, @Nullable String> layerAnchor) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new IllegalArgumentException(Phrase.text(lang, "cli.new.code"));
        }
        Municipality known = model.municipalities().get(code);
        String given = known != null ? known.name() : name;
        if (given == null) {
            throw new IllegalArgumentException(Phrase.text(lang, "cli.new.unknownTown", code));
        }
        if (given.isBlank() || given.chars().anyMatch(c -> Character.isISOControl(c) || ControlChars.unsafe((char) c))) {
            throw new IllegalArgumentException(Phrase.text(lang, "cli.new.badName"));
        }
        // Every use below is inside a double-quoted YAML string: a quote, '#' or 'a: b' in a name stays text.
        String town = quoted(given.strip());
        Guide national = national(model, service).orElseThrow(() -> new IllegalArgumentException(service == null
                ? Phrase.text(lang, "cli.new.noGuide") : Phrase.text(lang, "cli.new.noGuideFor", service)));
        if (model.guides().stream().anyMatch(g -> code.equals(g.municipality()) && g.service().equals(national.service()))) {
            throw new IllegalArgumentException(Phrase.text(lang, "cli.new.hasOverlay", town, national.service()));
        }
        String slug = slug(given);
        String folder = layerAnchor != null ? "" : "kommuner/" + code + (slug.isEmpty() ? "" : "-" + slug) + "/";
        String offer = model.helpOffers().values().stream()
                .filter(o -> o.type() == HelpType.IN_PERSON && o.municipalities().contains(code))
                .map(dk.trinvis.model.HelpOffer::id).findFirst().orElse(null);
        Map<String, String> files = new LinkedHashMap<>();
        String kommune = String.join("---\n", java.util.stream.Stream.of(municipality(known, code, town),
                offer == null ? borgerservice(code, town, today) : "").filter(t -> !t.isEmpty()).toList());
        if (!kommune.isEmpty()) {
            files.put(folder + "kommune.yaml", kommune);
        }
        String shown = layerAnchor == null ? null : layerAnchor.apply(national);
        String anchor = shown != null ? shown : national.steps().stream().filter(s -> s.when() == null).map(Step::id)
                .findFirst().orElse(national.steps().get(0).id());
        // An id must start with a letter or digit: a name of Chinese or Arabic letters has no slug, the code does.
        String stepId = (slug.isEmpty() ? "kommune-" + code : slug) + "-hjaelp";
        files.put(folder + national.service() + ".yaml", overlay(national.service(), code, town, anchor, stepId));
        String tests = tests(national.service(), code, town, anchor, stepId,
                offer == null ? "borgerservice-" + code : offer, today);
        if (layerAnchor != null) {
            // A layer's folder is its municipality's alone; a help offer its base has proves nothing about it.
            tests = tests.replace(" --only " + code, "");
            tests = offer == null ? tests : tests.substring(0, tests.lastIndexOf("---\n")) + englishTest(town);
        }
        files.put(folder + "tests.yaml", tests);
        return files;
    }

    /**
     * The files of a standalone layer on a base, by path relative to the layer's folder, in writing
     * order: the {@code kind: Layer}, the municipality and its borgerservice (when the base lacks
     * them), an overlay on a national guide, and tests that pass with the layer and fail without
     * it (a test that passes on the base too proves nothing: TRV122). The overlay's step goes after
     * the first step every citizen of the municipality is shown.
     *
     * @param base    the rule set the layer goes on
     * @param written what the layer's {@code base:} says, e.g. {@code bundled}
     * @throws IllegalArgumentException with a sentence for the editor when the request cannot be met
     */
    public static Map<String, String> layer(RuleSet base, String written, String code, @Nullable String name,
                                            @Nullable String service, LocalDate today, Language lang) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("layer.yaml", """
                # Denne mappe er et lag på et grundlag: grundlaget og laget indlæses som ét regelsæt.
                # Laget lægger til og ændrer aldrig grundlagets id'er; det rører kun kommune %2$s.
                # Se docs/overlay-tutorial.md.
                kind: Layer
                base: %1$s
                municipality: "%2$s"
                """.formatted(plain(written) ? written : "\"" + quoted(written) + "\"", code));
        files.putAll(files(base.model(), code, name, service, today, lang, g -> firstShown(base, g, code, today)));
        return files;
    }

    /** The first step of the guide a citizen of the municipality is shown without a condition, or null. */
    private static @Nullable String firstShown(RuleSet base, Guide national, String code, LocalDate today) {
        // A municipality the base lacks (the layer adds it) gets the national guide as any other does.
        String asked = base.model().municipalities().containsKey(code) ? code
                : base.model().municipalities().keySet().stream().findFirst().orElse(code);
        try {
            return base.guide(DecisionRequest.of(national.service(), asked).at(today.atTime(10, 0))).steps().stream()
                    .filter(s -> s.condition() == null).map(ResolvedGuide.GuideStep::id).findFirst().orElse(null);
        } catch (TrinvisException e) {
            return null;
        }
    }

    private static Optional<Guide> national(RuleSetModel model, @Nullable String service) {
        return model.guides().stream()
                .filter(g -> !g.overlay() && !g.steps().isEmpty() && (service == null || g.service().equals(service)))
                .findFirst();
    }

    private static String municipality(@Nullable Municipality known, String code, String town) {
        if (known != null) {
            return "";
        }
        return "kind: Municipality\ncode: \"" + code + "\"\nname: \"" + town + "\"\n";
    }

    private static String borgerservice(String code, String town, LocalDate today) {
        return """
                # Ret åbningstider og kontakt, og sæt 'source:' til siden, du har dem fra.
                kind: HelpOffer
                id: borgerservice-%1$s
                name: {da: "Borgerservice %2$s", en: "Citizen service %2$s"}
                type: in-person
                municipalities: ["%1$s"]
                hours:
                  - spec: "Mo-Fr 10:00-15:00; PH off"
                source: unverified
                reviewBy: %3$s
                """.formatted(code, town, today.plusMonths(3));
    }

    private static String overlay(String service, String code, String town, String anchor, String stepId) {
        return """
                # %2$ss tilføjelse til den nationale vejledning for '%1$s' (en "overlay").
                # Et trin her kan stå efter eller før et nationalt trin (after:/before:), erstatte et
                # (replaces:), eller tage et væk under remove: med en begrundelse. Se docs/overlay-tutorial.md.
                kind: Guide
                service: %1$s
                municipality: "%3$s"
                steps:
                  - id: %5$s
                    after: %4$s
                    title: {da: "Få hjælp i Borgerservice %2$s", en: "Get help at Citizen service %2$s"}
                    body:
                      da: "Kan du ikke selv, så kom forbi Borgerservice i {{municipality.name}}."
                      en: "If you cannot do it yourself, visit Citizen service in {{municipality.name}}."
                """.formatted(service, town, code, anchor, stepId);
    }

    private static String tests(String service, String code, String town, String anchor, String stepId, String offer,
                                LocalDate today) {
        return """
                # Testene for %2$s. Kør dem med: trinvis test --rules MAPPE --only %3$s
                kind: TestDefaults
                service: %1$s
                municipality: "%3$s"
                at: %7$sT10:00
                tags: ["%3$s"]
                ---
                kind: Test
                name: "%2$ss eget trin står lige efter '%4$s'"
                expect:
                  steps: {order: [%4$s, %5$s]}
                ---
                kind: Test
                name: "Borgerservice %2$s er med i hjælpen"
                expect:
                  help: [{id: %6$s}]
                """.formatted(service, town, code, anchor, stepId, offer, today);
    }

    private static String englishTest(String town) {
        return """
                ---
                kind: Test
                name: Trinnet om Borgerservice %1$s står også på engelsk
                given: {lang: en}
                expect:
                  text: {contains: ["Get help at Citizen service %1$s"]}
                """.formatted(town);
    }

    /**
     * A file and id friendly form of a name: lower case, æ ø å spelt out, other accents dropped,
     * dashes between words; empty when nothing of the name is a Latin letter or digit.
     */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /** Whether a path can stand in YAML unquoted: letters, digits and {@code . _ / -} only. */
    private static boolean plain(String path) {
        return path.matches("[A-Za-z0-9._/-]+");
    }

    /** The text as it goes inside a double-quoted YAML string: backslash and quote escaped. */
    static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
