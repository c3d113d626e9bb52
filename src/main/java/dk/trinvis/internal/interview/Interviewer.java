package dk.trinvis.internal.interview;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.decide.DecisionEngine;
import dk.trinvis.internal.guide.GuideResolver;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.internal.util.DidYouMean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Asks the fewest questions: decides with the answers so far, gathers the facts that can still
 * change the decision or the guide (the decision's and the guide's {@code missingFacts}), and
 * picks the one that settles the most. Stateless and thread-safe.
 */
public final class Interviewer {
    private final RuleSetModel model;
    private final DecisionEngine engine;
    private final GuideResolver guides;
    private final Scope scope;
    private final Set<String> guided = new HashSet<>();

    /** An interviewer deciding through the engine and resolver of the same compiled rule set. */
    public Interviewer(CompiledRuleSet compiled, DecisionEngine engine, GuideResolver guides) {
        this.model = compiled.model();
        this.engine = engine;
        this.guides = guides;
        this.scope = new Scope(compiled);
        for (Guide g : model.guides()) {
            guided.add(g.municipality() == null ? g.service() : g.service() + "@" + g.municipality());
        }
    }

    /** Where the interview for one service stands with the answers in the request. */
    public Interview interview(DecisionRequest request, Instant now) {
        Answer answer = answer(request, now);
        Candidates candidates = new Candidates(model.facts());
        candidates.add(request.service(), missing(answer));
        return state(candidates, List.of(request.service()), request, answer.decision(), answer.guide());
    }

    /** A life event worked through for one municipality, event date and citizen. */
    public Journey journey(String eventId, JourneyRequest request, Instant now) {
        LifeEvent event = model.lifeEvents().get(eventId);
        if (event == null) {
            throw RequestException.unknown("life event", eventId,
                    DidYouMean.closest(eventId, model.lifeEvents().keySet()).orElse(null));
        }
        Candidates candidates = new Candidates(model.facts());
        List<Journey.Item> items = new ArrayList<>();
        DecisionRequest first = null;
        for (String service : event.services()) {
            DecisionRequest r = request.forService(service);
            first = first == null ? r : first;
            Answer answer = answer(r, now);
            candidates.add(service, missing(answer));
            LifeEvent.Deadline d = event.deadlines().get(service);
            Journey.Deadline deadline = d == null ? null : new Journey.Deadline(d.lastDay(request.eventDate()),
                    LocalText.of(d.text(), request.language()), d.source());
            items.add(new Journey.Item(service, LocalText.of(model.services().get(service).title(), request.language()),
                    deadline, answer.decision(), answer.guide()));
        }
        Municipality m = model.municipalities().get(request.municipality());
        Interview shared = first == null ? new Interview(true, null, 0, null, null)
                : state(candidates, event.services(), first, null, null);
        return new Journey(event.id(), LocalText.of(event.title(), request.language()),
                LocalText.of(event.description(), request.language()), LocalText.of(event.date(), request.language()),
                request.eventDate(), m.code(), m.name(), request.language(), items, shared);
    }

    private Interview state(Candidates candidates, List<String> services, DecisionRequest request, Decision decision,
                            ResolvedGuide guide) {
        if (candidates.isEmpty()) {
            return new Interview(true, null, 0, decision, guide);
        }
        Question next = candidates.next(request.language());
        int remaining = Math.max(1, scope.unanswered(services, request.audience(), request.facts().keySet()));
        return new Interview(false, next, remaining, decision, guide);
    }

    private Answer answer(DecisionRequest request, Instant now) {
        Decision decision = engine.decide(request, now);
        boolean hasGuide = guided.contains(request.service())
                || guided.contains(request.service() + "@" + request.municipality());
        ResolvedGuide guide = hasGuide
                ? guides.resolve(decision, decision.receipt().facts(), request.language(), request.audience())
                : null;
        return new Answer(decision, guide);
    }

    /** The guide's missing facts include the decision's; a service without a guide has only the decision's. */
    private static List<Decision.MissingFact> missing(Answer a) {
        return a.guide() != null ? a.guide().missingFacts() : a.decision().missingFacts();
    }

    private record Answer(Decision decision, ResolvedGuide guide) {
    }
}
