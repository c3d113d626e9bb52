package dk.trinvis.bench;

import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.model.RuleSetModel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests every decision benchmark answers: every bundled service, ten municipalities,
 * moments around each wave, Hvidovre's early start, the Digital Post right, the grounds of one
 * service (naming at baptism, "by the nature of the case") and Varde's outage, with exempt and
 * not exempt citizens. Drawn with a fixed seed and shuffled, so the run is
 * repeatable but no method can learn the sequence by branch prediction. Each is an {@link Input}:
 * the facts in the order written, unsorted, as a form or JSON body gives them.
 */
final class Requests {
    static final int COUNT = 256;

    private static final String[] MUNICIPALITIES = {
        "0101", "0147", "0167", "0253", "0461", "0561", "0573", "0706", "0751", "0851",
    };
    private static final String[] MOMENTS = {
        "2012-03-01T10:00", "2012-06-15T10:00", "2012-11-30T23:30", "2012-12-01T00:30", "2013-06-03T09:00",
        "2013-12-02T11:00", "2014-11-30T12:00", "2015-01-05T10:00", "2015-12-01T08:00", "2019-04-10T14:00",
        "2023-05-31T16:00", "2023-06-01T09:00", "2023-11-20T12:00", "2023-11-28T09:59", "2023-11-28T10:00",
        "2024-02-05T10:00",
    };
    /** Citizens: not exempt, each ground alone, and the combinations where the order of effects matters. */
    private static final List<Map<String, Object>> CITIZENS = List.of(
            Map.of(),
            Map.of("digitalPostExempt", false, "needsHelp", false),
            Map.of("needsHelp", true),
            Map.of("physicalImpairment", true),
            Map.of("cognitiveImpairment", true, "digitalPostExempt", false),
            Map.of("lacksDigitalSkills", true, "needsHelp", true),
            Map.of("sociallyVulnerable", true),
            Map.of("noFixedAddress", true, "sociallyVulnerable", false),
            Map.of("languageBarrier", true),
            Map.of("cannotGetMitID", true, "hasMitID", false),
            Map.of("clearAdvantage", true),
            Map.of("clearAdvantage", true, "needsHelp", true),
            Map.of("digitalPostExempt", true),
            Map.of("digitalPostExempt", true, "needsHelp", true),
            Map.of("digitalPostExempt", true, "cognitiveImpairment", true),
            Map.of("digitalPostExempt", true, "clearAdvantage", true, "languageBarrier", true),
            Map.of("hasMitID", true, "age", 34L, "livesAbroad", false),
            Map.of("suitableByNature", true),
            Map.of("suitableByNature", true, "needsHelp", true, "exemptionRefused", false),
            Map.of("childBaptised", true),
            Map.of("childBaptised", true, "lacksDigitalSkills", true));

    private Requests() {
    }

    /** {@link #COUNT} requests on the bundled set's services, the same on every call. */
    static Input[] bundled(RuleSetModel model) {
        List<String> services = new ArrayList<>(model.services().keySet());
        Collections.sort(services);
        Random random = new Random(13);
        List<Input> out = new ArrayList<>();
        // The cases a random draw could miss: Varde's outage and its edges, Hvidovre's policy.
        out.add(request("laegevalg", "0573", "2023-11-20T12:00", Map.of()));
        out.add(request("sundhedskort", "0573", "2023-11-28T09:59", Map.of("cognitiveImpairment", true)));
        out.add(request("sundhedskort", "0573", "2023-11-28T10:00", Map.of("digitalPostExempt", true)));
        out.add(request("laegevalg", "0101", "2023-11-20T12:00", Map.of("needsHelp", true)));
        out.add(request("flytning", "0573", "2023-11-20T12:00", Map.of()));
        out.add(request("dagtilbud", "0167", "2012-06-15T10:00", Map.of("needsHelp", true)));
        out.add(request("flytning", "0167", "2012-11-30T23:30", Map.of("cognitiveImpairment", true)));
        out.add(request("cpr-attest", "0167", "2014-11-30T12:00", Map.of()));
        out.add(request("sundhedskort", "0167", "2012-06-15T10:00", Map.of()));
        out.add(request("dagtilbud", "0167", "2012-03-01T10:00", Map.of()));
        out.add(request("fripladstilskud", "0167", "2012-09-03T10:00", Map.of("clearAdvantage", true)));
        out.add(request("skoleindskrivning", "0167", "2012-11-01T10:00", Map.of("digitalPostExempt", true)));
        out.add(request("navne-adressebeskyttelse", "0167", "2012-10-10T10:00", Map.of("needsHelp", true)));
        out.add(request("sundhedskort", "0573", "2023-11-17T00:00", Map.of("needsHelp", true)));
        out.add(request("laegevalg", "0573", "2023-11-22T13:00", Map.of("cognitiveImpairment", true)));
        out.add(request("fritagelse-digital-post", "0167", "2012-06-15T10:00", Map.of()));
        out.add(request("flytning", "0751", "2013-12-02T11:00", Map.of("suitableByNature", true)));
        out.add(request("flytning", "0751", "2013-06-03T09:00", Map.of("suitableByNature", true)));
        out.add(request("sygedagpenge", "0851", "2015-12-01T08:00", Map.of("suitableByNature", true)));
        out.add(request("navngivning", "0101", "2015-01-05T10:00", Map.of("childBaptised", true, "needsHelp", true)));
        for (int i = out.size(); i < COUNT; i++) {
            out.add(request(services.get(i % services.size()), MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)],
                    MOMENTS[random.nextInt(MOMENTS.length)], CITIZENS.get(random.nextInt(CITIZENS.size()))));
        }
        Collections.shuffle(out, random);
        return out.toArray(Input[]::new);
    }

    /**
     * {@link #COUNT} requests drawn as the bundled ones are, from every service and municipality
     * of a rule set with the bundled set's facts (the generated national-scale set).
     */
    static Input[] drawn(RuleSetModel model) {
        List<String> services = new ArrayList<>(model.services().keySet());
        List<String> municipalities = new ArrayList<>(model.municipalities().keySet());
        Collections.sort(services);
        Collections.sort(municipalities);
        Random random = new Random(13);
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            out.add(request(services.get(random.nextInt(services.size())),
                    municipalities.get(random.nextInt(municipalities.size())),
                    MOMENTS[random.nextInt(MOMENTS.length)], CITIZENS.get(random.nextInt(CITIZENS.size()))));
        }
        return out.toArray(Input[]::new);
    }

    private static Input request(String service, String municipality, String at, Map<String, Object> facts) {
        return new Input(service, municipality, LocalDateTime.parse(at).atZone(CopenhagenTime.ZONE).toInstant(),
                new LinkedHashMap<>(facts));
    }
}
