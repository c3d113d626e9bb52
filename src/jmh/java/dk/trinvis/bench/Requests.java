package dk.trinvis.bench;

import dk.trinvis.model.DecisionRequest;
import java.time.LocalDateTime;
import java.util.Map;

/** The requests every decision benchmark answers, varied so nothing folds into a constant. */
final class Requests {
    static final DecisionRequest[] ALL = {
        request("flytning", "0751", "2012-11-30T12:00", Map.of("cognitiveImpairment", false, "digitalPostExempt", false)),
        request("flytning", "0751", "2013-01-02T12:00", Map.of("cognitiveImpairment", true, "digitalPostExempt", false)),
        request("laegevalg", "0101", "2024-02-05T10:00", Map.of("cognitiveImpairment", false, "digitalPostExempt", true)),
        request("folkepension", "0461", "2015-01-05T10:00", Map.of("languageBarrier", true, "digitalPostExempt", false)),
        request("dagtilbud", "0167", "2012-06-15T10:00", Map.of("cognitiveImpairment", false, "digitalPostExempt", false)),
        request("sygedagpenge", "0851", "2016-03-01T10:00", Map.of("noFixedAddress", true, "digitalPostExempt", false)),
        request("byggetilladelse", "0253", "2014-11-30T10:00", Map.of("clearAdvantage", true, "digitalPostExempt", false)),
        request("boerneattest", "0706", "2023-06-01T09:00", Map.of("physicalImpairment", false, "digitalPostExempt", true)),
    };

    private Requests() {
    }

    private static DecisionRequest request(String service, String municipality, String at, Map<String, Object> facts) {
        return DecisionRequest.of(service, municipality).at(LocalDateTime.parse(at)).facts(facts);
    }
}
