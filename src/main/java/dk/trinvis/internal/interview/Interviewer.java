package dk.trinvis.internal.interview;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.decide.DecisionEngine;
import dk.trinvis.internal.guide.GuideResolver;
import dk.trinvis.internal.plan.Implications;
import dk.trinvis.internal.plan.Plans;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Asks the fewest pages: decides with the answers so far, gathers the facts that can still change
 * the decision or the guide (their {@code missingFacts}, less those answered "don't know"), and asks
 * the page, a single fact or a group of yes/no facts, that leaves the fewest pages expected
 * ({@link Pages}). Facts the answers imply are known, so never asked. Stateless and thread-safe.
 */
public final class Interviewer {
    private final RuleSetModel model;
    private final DecisionEngine engine;
    private final GuideResolver guides;
    private final Implications implications;
    private final Scope scope;
    private final Pages pages;
    private final Set<String> guided = new HashSet<>();

    /** An interviewer deciding through the engine and resolver made on the same plans. */
    public Interviewer(CompiledRuleSet compiled, Plans plans, DecisionEngine engine, GuideResolver guides) {
        this.model = compiled.model();
        this.engine = engine;
        this.guides = guides;
        this.implications = plans.implications();
        this.scope = new Scope(compiled);
        this.pages = new Pages(model);
        for (Guide g : model.guides()) {
            guided.add(g.municipality() == null ? g.service() : g.service() + "@" + g.municipality());
        }
    }

    /** Where the interview for one service stands with the answers in the request. */
    public Interview interview(DecisionRequest request, Instant now) {
        Answer answer = answer(request, now);
        OpenFacts open = new OpenFacts();
        open.add(request.service(), missing(answer));
        return state(open, List.of(request), answer.decision(), answer.decision(), answer.guide(), now);
    }

    /** A life event worked through for one municipality, event date and citizen. */
    public Journey journey(String eventId, JourneyRequest request, Instant now) {
        LifeEvent event = model.lifeEvents().get(eventId);
        if (event == null) {
            throw RequestException.unknown("life event", eventId,
                    DidYouMean.closest(eventId, model.lifeEvents().keySet()).orElse(null));
        }
        OpenFacts open = new OpenFacts();
        List<Journey.Item> items = new ArrayList<>();
        List<DecisionRequest> requests = new ArrayList<>();
        Decision first = null;
        for (String service : event.services()) {
            DecisionRequest r = request.forService(service);
            requests.add(r);
            Answer answer = answer(r, now);
            first = first == null ? answer.decision() : first;
            open.add(service, missing(answer));
            LifeEvent.Deadline d = event.deadlines().get(service);
            Journey.Deadline deadline = d == null ? null : Journey.Deadline.at(d.lastDay(request.eventDate()),
                    text(d.text(), request.language()), d.source(), answer.decision().receipt().at());
            Service s = Objects.requireNonNull(model.services().get(service), "the linker checks a life event's services");
            items.add(new Journey.Item(service, text(s.title(), request.language()),
                    deadline, answer.decision(), answer.guide()));
        }
        Municipality m = Objects.requireNonNull(model.municipalities().get(request.municipality()),
                "the request was checked against the rule set's municipalities");
        Interview shared = first == null ? new Interview(true, null, 0, null, null)
                : state(open, requests, first, null, null, now);
        return new Journey(event.id(), text(event.title(), request.language()),
                LocalText.of(event.description(), request.language()), LocalText.of(event.date(), request.language()),
                request.eventDate(), m.code(), m.name(), request.language(), items, shared);
    }

    /**
     * Where the interview stands: done, or the page to ask and how many pages may follow at most.
     *
     * @param known a decision made on the requests' facts, whose receipt holds them typed
     */
    private Interview state(OpenFacts open, List<DecisionRequest> requests, Decision known,
                            @Nullable Decision decision, @Nullable ResolvedGuide guide, Instant now) {
        if (open.isEmpty()) {
            return new Interview(true, null, 0, decision, guide);
        }
        Pages.Page page = pages.choose(open.ids(), answers -> openAfter(requests, answers, now));
        DecisionRequest request = requests.get(0);
        Set<String> answered = new HashSet<>(implications.complete(known.receipt().facts()).keySet());
        answered.addAll(request.dontKnow());
        List<String> services = requests.stream().map(DecisionRequest::service).toList();
        // Every page answers at least one fact still unanswered, so their number bounds the pages.
        int remaining = Math.max(1, scope.unanswered(services, request.audience(), answered));
        return new Interview(false, question(page, open, request.language()), remaining, decision, guide);
    }

    /** What re-deciding every request with the answers added leaves open, or null when they contradict it. */
    private @Nullable Set<String> openAfter(List<DecisionRequest> requests, Map<String, Object> answers, Instant now) {
        OpenFacts open = new OpenFacts();
        try {
            for (DecisionRequest r : requests) {
                open.add(r.service(), missing(answer(r.facts(answers).withoutExplanation(), now)));
            }
        } catch (RequestException e) {
            return null;
        }
        return new LinkedHashSet<>(open.ids());
    }

    private Fact fact(String id) {
        return Objects.requireNonNull(model.facts().get(id), "pages ask declared facts");
    }

    /** A text the schema requires, in the language: never null, as the text is not. */
    private static LocalText text(Text text, Language lang) {
        return Objects.requireNonNull(LocalText.of(text, lang), "a text in, a text out");
    }

    private Question question(Pages.Page page, OpenFacts open, Language lang) {
        Set<String> rules = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>();
        for (String f : page.facts()) {
            rules.addAll(open.rules(f));
            services.addAll(open.services(f));
        }
        if (page.group() != null) {
            List<Question.Member> members = new ArrayList<>();
            for (String id : page.facts()) {
                Fact f = fact(id);
                members.add(new Question.Member(id, f.question() == null ? null : f.question().in(lang),
                        type(f), f.dontKnow()));
            }
            Fact first = fact(page.facts().get(0));
            return new Question(null, page.group().id(), Question.GROUP, List.of(), null, null,
                    page.group().question().in(lang), page.group().none().in(lang), false, members, first.askedOf(),
                    new ArrayList<>(rules), new ArrayList<>(services));
        }
        Fact f = fact(page.facts().get(0));
        List<String> values = f.type() == FactType.BOOLEAN ? List.of("true", "false") : f.values();
        return new Question(f.id(), null, type(f), values, f.min(), f.max(),
                f.question() == null ? null : f.question().in(lang), null, f.dontKnow(), List.of(), f.askedOf(),
                new ArrayList<>(rules), new ArrayList<>(services));
    }

    private static String type(Fact f) {
        return f.type().name().toLowerCase(Locale.ROOT);
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

    private record Answer(Decision decision, @Nullable ResolvedGuide guide) {
    }
}
