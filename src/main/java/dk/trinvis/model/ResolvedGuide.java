package dk.trinvis.model;

import dk.trinvis.internal.util.Json;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The guide for one request: the steps that apply to this citizen, in order, with texts in the
 * request's language and placeholders filled in, plus the decision and its help block.
 * Every renderer in {@code dk.trinvis.render} draws from this one record.
 *
 * @param service          service id
 * @param municipality     municipality code
 * @param municipalityName municipality name
 * @param language         the requested language
 * @param title            the guide's title
 * @param intro            introduction (Markdown), or null
 * @param ready            what to have ready
 * @param processingTime   processing time, or null
 * @param legal            legal basis, or null
 * @param selfService      the self-service solution, or null
 * @param links            links with context text
 * @param steps            the steps shown, in order, conditional ones included
 * @param hiddenSteps      ids of steps not shown for this citizen and moment
 * @param conditionalSteps ids of steps shown with a condition, because a fact that decides them
 *                         is not given
 * @param missingFacts     the facts that can still change the decision or a step, with questions
 * @param decision         the channel decision the guide is for
 */
@NullMarked
public record ResolvedGuide(String service, String municipality, String municipalityName, Language language,
                            LocalText title, @Nullable LocalText intro, List<LocalText> ready, @Nullable LocalText processingTime,
                            @Nullable Legal legal, @Nullable GuideLink selfService, List<GuideLink> links, List<GuideStep> steps,
                            List<String> hiddenSteps, List<String> conditionalSteps,
                            List<Decision.MissingFact> missingFacts, Decision decision) {

    /** Copies the lists so the record stays immutable. */
    public ResolvedGuide {
        ready = List.copyOf(ready);
        links = List.copyOf(links);
        steps = List.copyOf(steps);
        hiddenSteps = List.copyOf(hiddenSteps);
        conditionalSteps = List.copyOf(conditionalSteps);
        missingFacts = List.copyOf(missingFacts);
    }

    /**
     * The ids of every step shown without a condition, sub-steps and alternatives included, in
     * reading order. Conditional steps are in {@link #conditionalSteps()}.
     */
    public List<String> shownStepIds() {
        List<String> ids = new java.util.ArrayList<>();
        collect(steps, ids, false);
        return ids;
    }

    private static void collect(List<GuideStep> steps, List<String> ids, boolean underCondition) {
        for (GuideStep s : steps) {
            boolean conditional = underCondition || s.condition() != null;
            if (!conditional) {
                ids.add(s.id());
            }
            collect(s.steps(), ids, conditional);
            collect(s.oneOf(), ids, conditional);
        }
    }

    /** The guide as pretty JSON. */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * A link as shown to the citizen.
     *
     * @param url  absolute URL
     * @param text descriptive text, or null
     */
    public record GuideLink(String url, @Nullable LocalText text) {
    }

    /**
     * One step as shown.
     *
     * @param id       step id
     * @param title    what to do
     * @param body     Markdown explanation with placeholders filled in, or null
     * @param optional whether the citizen may skip it
     * @param links    links with context text
     * @param steps    sub-steps shown
     * @param oneOf    alternatives: the citizen does one of these
     * @param origin    where the step is written (file:line), national guide or local overlay
     * @param condition when the step applies, in words, if a fact that decides it is not given;
     *                  null when it applies for certain
     */
    public record GuideStep(String id, LocalText title, @Nullable LocalText body, boolean optional, List<GuideLink> links,
                            List<GuideStep> steps, List<GuideStep> oneOf, String origin, @Nullable LocalText condition) {
        /** Copies the lists so the record stays immutable. */
        public GuideStep {
            links = List.copyOf(links);
            steps = List.copyOf(steps);
            oneOf = List.copyOf(oneOf);
        }
    }
}
