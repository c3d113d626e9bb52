package dk.trinvis.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.RequestException;
import dk.trinvis.testing.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Archives of decisions as an operator would keep them: JSON Lines of what {@code decide} returned. */
final class Archives {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Archives() {
    }

    /**
     * {@code n} requests over the rule set, seeded: every service and municipality, moments from
     * 2012 to 2025, random answers to the boolean facts; one in ten is in Varde in November 2023
     * (an outage), one in ten is a doctor choice or health card then.
     */
    static List<DecisionRequest> requests(RuleSet rules, int n, long seed) {
        Random random = new Random(seed);
        List<String> services = List.copyOf(rules.model().services().keySet());
        List<String> municipalities = List.copyOf(rules.model().municipalities().keySet());
        List<String> facts = rules.model().facts().values().stream().filter(f -> f.type() == FactType.BOOLEAN)
                .map(Fact::id).toList();
        // Facts other facts imply are never given: a request may not contradict what its facts imply.
        // They are still drawn for, so the seed gives the same requests as before they were implied.
        java.util.Set<String> implied = rules.model().facts().values().stream().filter(f -> !f.implied().isEmpty())
                .map(Fact::id).collect(java.util.stream.Collectors.toSet());
        List<DecisionRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String service = services.get(random.nextInt(services.size()));
            String municipality = municipalities.get(random.nextInt(municipalities.size()));
            LocalDateTime at = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365))
                    .atTime(8 + random.nextInt(12), random.nextInt(4) * 15);
            if (i % 10 == 3) {
                municipality = "0573";
                at = LocalDateTime.of(2023, 11, 10 + random.nextInt(30) % 20, 11, 0);
            }
            if (i % 10 == 7) {
                service = random.nextBoolean() ? "laegevalg" : "sundhedskort";
            }
            DecisionRequest r = DecisionRequest.of(service, municipality).at(at)
                    .language(random.nextInt(4) == 0 ? Language.EN : Language.DA)
                    .audience(random.nextInt(5) == 0 ? Audience.STAFF : Audience.CITIZEN);
            for (String f : facts) {
                int roll = random.nextInt(6);
                if (roll < 2 && !implied.contains(f)) {
                    r = r.fact(f, roll == 0);
                }
            }
            r = accepted(rules, r);
            out.add(i % 3 == 2 ? r.withoutExplanation() : r);
        }
        return out;
    }

    /**
     * The request without the answers the rule set refuses because others imply the opposite
     * (MitID and no way to get one): an archive holds only requests that were answered.
     */
    private static DecisionRequest accepted(RuleSet rules, DecisionRequest request) {
        DecisionRequest r = request;
        while (true) {
            try {
                rules.decide(r);
                return r;
            } catch (RequestException e) {
                String field = e.field();
                if (field == null || !field.startsWith("facts.")) {
                    throw e;
                }
                java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>(r.facts());
                kept.remove(field.substring("facts.".length()));
                r = new DecisionRequest(r.service(), r.municipality(), r.at(), kept, r.language(), r.explain(),
                        r.audience());
            }
        }
    }

    /** Each request decided, as one line of compact JSON; every {@code bareEvery}-th only its receipt (0: none). */
    static List<String> lines(RuleSet rules, List<DecisionRequest> requests, int bareEvery) {
        List<String> lines = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Decision d = rules.decide(requests.get(i));
            try {
                JsonNode node = JSON.readTree(d.toJson());
                lines.add((bareEvery > 0 && i % bareEvery == 0 ? node.get("receipt") : node).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** A copy of the bundled rule-set folder with one text replaced (its first occurrence) in one file. */
    static Path changed(Path dir, String file, String from, String to) {
        try {
            Folders.copyTree(Path.of("guides"), dir);
            Path edited = dir.resolve(file);
            String text = Files.readString(edited);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(edited, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
