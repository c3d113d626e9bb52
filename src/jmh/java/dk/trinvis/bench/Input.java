package dk.trinvis.bench;

import dk.trinvis.model.Audience;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.time.Instant;
import java.util.Map;

/**
 * A request as an application holds it before any engine sees it: the service and municipality
 * asked about, the moment as an instant, and the citizen's facts in the order a form or a JSON
 * body gave them. Every method of {@link DecideBenchmark} starts from one of these inside the
 * timed call, so each pays for turning it into what its engine reads.
 *
 * @param service      service id
 * @param municipality municipality code
 * @param at           the moment
 * @param facts        the facts, unsorted
 */
record Input(String service, String municipality, Instant at, Map<String, Object> facts) {
    /** The Trinvis request for this input, with or without the explanation, in Danish, for a citizen. */
    DecisionRequest request(boolean explain) {
        return new DecisionRequest(service, municipality, at, facts, Language.DA, explain, Audience.CITIZEN);
    }

    @Override
    public String toString() {
        return service + ", " + municipality + ", " + at + ", " + facts;
    }
}
