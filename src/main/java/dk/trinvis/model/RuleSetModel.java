package dk.trinvis.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Everything a rule set declares, in the order it is written. Immutable.
 *
 * @param facts          facts by id
 * @param groups         groups of yes/no facts asked on one page, by id
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
public record RuleSetModel(Map<String, Fact> facts, Map<String, FactGroup> groups, Map<String, Area> areas, Map<String, Service> services,
                           Map<String, Municipality> municipalities, List<ExemptionGround> grounds,
                           List<AssistRule> assistRules, Map<String, HelpOffer> helpOffers,
                           Map<String, Authority> authorities, List<Outage> outages,
                           List<Guide> guides, Map<String, LifeEvent> lifeEvents, List<TestCase> tests,
                           List<DocumentInfo> documents) {

    /** Copies every collection so the record stays immutable, keeping the written order. */
    public RuleSetModel {
        facts = ordered(facts);
        groups = ordered(groups);
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

    /** A rule set without fact groups. */
    public RuleSetModel(Map<String, Fact> facts, Map<String, Area> areas, Map<String, Service> services,
                        Map<String, Municipality> municipalities, List<ExemptionGround> grounds,
                        List<AssistRule> assistRules, Map<String, HelpOffer> helpOffers,
                        Map<String, Authority> authorities, List<Outage> outages,
                        List<Guide> guides, Map<String, LifeEvent> lifeEvents, List<TestCase> tests,
                        List<DocumentInfo> documents) {
        this(facts, Map.of(), areas, services, municipalities, grounds, assistRules, helpOffers, authorities, outages,
                guides, lifeEvents, tests, documents);
    }

    /** The group a fact belongs to, or null when it is asked on its own. */
    public @Nullable FactGroup groupOf(String factId) {
        for (FactGroup g : groups.values()) {
            if (g.facts().contains(factId)) {
                return g;
            }
        }
        return null;
    }

    /**
     * Every language the rule set's texts are written in, Danish first. A request in another
     * language gets the Danish texts.
     */
    public SortedSet<Language> languages() {
        SortedSet<Language> out = new TreeSet<>();
        out.add(Language.DA);
        Consumer<@Nullable Text> add = t -> {
            if (t != null) {
                out.addAll(t.translated());
            }
        };
        facts.values().forEach(f -> add.accept(f.question()));
        groups.values().forEach(g -> {
            add.accept(g.question());
            add.accept(g.none());
        });
        areas.values().forEach(a -> {
            add.accept(a.title());
            add.accept(a.exemptionAuthority());
        });
        services.values().forEach(s -> {
            add.accept(s.title());
            add.accept(s.description());
            add.accept(s.exemptionAuthority());
            if (s.selfService() != null) {
                add.accept(s.selfService().text());
            }
        });
        grounds.forEach(g -> {
            add.accept(g.title());
            add.accept(g.description());
        });
        assistRules.forEach(r -> add.accept(r.title()));
        helpOffers.values().forEach(o -> {
            add.accept(o.name());
            add.accept(o.description());
        });
        authorities.values().forEach(a -> add.accept(a.name()));
        outages.forEach(o -> add.accept(o.reason()));
        lifeEvents.values().forEach(e -> {
            add.accept(e.title());
            add.accept(e.description());
            add.accept(e.date());
            e.deadlines().values().forEach(d -> add.accept(d.text()));
        });
        for (Guide g : guides) {
            add.accept(g.title());
            add.accept(g.intro());
            add.accept(g.processingTime());
            g.ready().forEach(add);
            g.links().forEach(l -> add.accept(l.text()));
            steps(g.steps(), add);
        }
        return Collections.unmodifiableSortedSet(out);
    }

    private static void steps(List<Step> steps, Consumer<@Nullable Text> add) {
        for (Step s : steps) {
            add.accept(s.title());
            add.accept(s.body());
            s.links().forEach(l -> add.accept(l.text()));
            steps(s.steps(), add);
            steps(s.oneOf(), add);
        }
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
