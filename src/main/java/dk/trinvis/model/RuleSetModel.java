package dk.trinvis.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;

/**
 * Everything a rule set declares, in the order it is written. Immutable.
 *
 * @param facts          facts by id
 * @param areas          areas by id
 * @param services       services by id
 * @param municipalities municipalities by code
 * @param grounds        exemption grounds
 * @param assistRules    assist rules
 * @param helpOffers     help offers by id
 * @param authorities    authorities by id
 * @param outages        outages
 * @param guides         guides (national and overlays)
 * @param lifeEvents     life events by id
 * @param tests          rule-set tests
 * @param documents      every document's kind, location and editorial metadata
 */
@NullMarked
public record RuleSetModel(Map<String, Fact> facts, Map<String, Area> areas, Map<String, Service> services,
                           Map<String, Municipality> municipalities, List<ExemptionGround> grounds,
                           List<AssistRule> assistRules, Map<String, HelpOffer> helpOffers,
                           Map<String, Authority> authorities, List<Outage> outages,
                           List<Guide> guides, Map<String, LifeEvent> lifeEvents, List<TestCase> tests,
                           List<DocumentInfo> documents) {

    /** Copies every collection so the record stays immutable, keeping the written order. */
    public RuleSetModel {
        facts = ordered(facts);
        areas = ordered(areas);
        services = ordered(services);
        municipalities = ordered(municipalities);
        grounds = List.copyOf(grounds);
        assistRules = List.copyOf(assistRules);
        helpOffers = ordered(helpOffers);
        authorities = ordered(authorities);
        outages = List.copyOf(outages);
        guides = List.copyOf(guides);
        lifeEvents = ordered(lifeEvents);
        tests = List.copyOf(tests);
        documents = List.copyOf(documents);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
