package dk.trinvis.internal.guide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.internal.expr.Bindings;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.plan.FactQuestions;
import dk.trinvis.internal.plan.Implications;
import dk.trinvis.internal.plan.Languages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the guide for a decision: overlays the municipality's local guide on the national
 * one, keeps the steps whose conditions and dates hold, and fills in placeholders. A step whose
 * condition turns on a fact not given is neither shown as if it applied nor silently hidden: it
 * is kept as a conditional step ("If you answer no to …"), and the guide asks for the fact.
 */
public final class GuideResolver {
    private final RuleSetModel model;
    private final Map<Condition, Expression> expressions;
    private final Map<String, Guide> national = new HashMap<>();
    /** Municipal overlays by service, then municipality code. */
    private final Map<String, Map<String, Guide>> local = new HashMap<>();
    /** Each overlay placed on its national guide once, at load: the steps do not depend on the request. */
    private final Map<Guide, List<Step>> overlaid = new IdentityHashMap<>();
    /** Guide texts cut at their placeholders, and help placeholders parsed, once each. */
    private final TemplateCache templates;
    /** Each step's "file:line", made once per step of the rule set. */
    private final Map<Location, String> origins = new ConcurrentHashMap<>();
    /** Fact id by its name in conditions ({@code citizen.hasMitID} → {@code hasMitID}). */
    private final Map<String, String> factIds = new HashMap<>();
    /** Languages with a phrase book or a text in the rule set; a guide in any other is written in Danish. */
    private final Set<Language> languages;
    /** The facts other facts imply: the decision's engine applies the same. */
    private final Implications implications;

    /** Indexes the guides of the rule set; the facts given are completed with those they imply. */
    public GuideResolver(CompiledRuleSet compiled, Implications implications) {
        this.model = compiled.model();
        this.implications = implications;
        this.expressions = compiled.expressions();
        this.languages = Set.copyOf(Languages.known(model));
        this.templates = new TemplateCache(model);
        for (Guide g : model.guides()) {
            if (g.municipality() == null) {
                national.put(g.service(), g);
            } else {
                local.computeIfAbsent(g.service(), k -> new HashMap<>()).put(g.municipality(), g);
            }
        }
        model.facts().keySet().forEach(id -> factIds.put(Names.citizen(id), id));
        local.values().forEach(byCode -> byCode.values()
                .forEach(g -> overlaid.put(g, GuideOverlay.steps(national.get(g.service()), g))));
    }

    /** The resolved guide for a decision made on the same rule set, for a citizen. */
    public ResolvedGuide resolve(Decision decision, Map<String, Object> facts, Language lang) {
        return resolve(decision, facts, lang, Audience.CITIZEN);
    }

    /**
     * The resolved guide for a decision made on the same rule set, asking only what the audience can
     * answer. The facts are those given (a receipt's); the facts they imply are added here, as the
     * decision added them.
     */
    public ResolvedGuide resolve(Decision decision, Map<String, Object> given, Language requested, Audience audience) {
        Map<String, Object> facts = implications.complete(given);
        Language lang = languages.contains(requested) ? requested : Language.DA;
        Service service = Objects.requireNonNull(model.services().get(decision.service()),
                "a decision of this rule set names one of its services");
        Municipality municipality = Objects.requireNonNull(model.municipalities().get(decision.municipality()),
                "a decision of this rule set names one of its municipalities");
        Guide base = national.get(service.id());
        Guide overlay = local.getOrDefault(service.id(), Map.of()).get(municipality.code());
        if (base == null && overlay == null) {
            throw new RequestException("no guide for service '" + service.id() + "'", "service", service.id(), null);
        }
        LocalDate day = decision.receipt().at().atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate();
        Bindings bindings = name -> bind(name, facts, service, municipality, decision);
        Placeholders placeholders = new Placeholders(templates, service, municipality, decision, lang);
        StepSelection walk = new StepSelection(model, expressions,
                location -> origins.computeIfAbsent(location, GuideResolver::origin), day, bindings, placeholders, lang);

        List<Step> merged = overlay != null ? Objects.requireNonNull(overlaid.get(overlay), "overlays merged at load")
                : Objects.requireNonNull(base, "a guide without overlay has a national one").steps();
        List<ResolvedGuide.GuideStep> steps = walk.steps(merged);

        Text title = pick(overlay, base, Guide::title);
        List<ResolvedGuide.GuideLink> links = overlay == null && base != null ? StepSelection.links(base.links(), lang)
                : new ArrayList<>();
        if (overlay != null && base != null) {
            links.addAll(StepSelection.links(base.links(), lang));
        }
        if (overlay != null) {
            links.addAll(StepSelection.links(overlay.links(), lang));
        }
        List<Text> ready = overlay != null && !overlay.ready().isEmpty() ? overlay.ready()
                : base != null ? base.ready() : List.of();
        Legal legal = overlay != null && overlay.legal() != null ? overlay.legal()
                : base != null && base.legal() != null ? base.legal() : service.legal();
        ResolvedGuide.GuideLink selfService = service.selfService() == null ? null
                : new ResolvedGuide.GuideLink(service.selfService().url(),
                LocalText.of(service.selfService().text() != null ? service.selfService().text() : service.title(), lang));
        return new ResolvedGuide(service.id(), municipality.code(), municipality.name(), lang,
                Objects.requireNonNull(placeholders.plain(LocalText.of(title != null ? title : service.title(), lang)),
                        "a title in, a title out"),
                placeholders.fill(LocalText.of(pick(overlay, base, Guide::intro), lang)),
                placeholders.plain(ready),
                LocalText.of(pick(overlay, base, Guide::processingTime), lang), legal, selfService, links, steps,
                walk.hidden, walk.conditional, missingFacts(decision, walk, audience, lang), decision);
    }

    private static String origin(Location location) {
        return location.file() + ":" + location.line();
    }

    private static @Nullable Text pick(@Nullable Guide overlay, @Nullable Guide base, java.util.function.Function<Guide, @Nullable Text> field) {
        if (overlay != null && field.apply(overlay) != null) {
            return field.apply(overlay);
        }
        return base == null ? null : field.apply(base);
    }

    /** The decision's missing facts, then those that decide a conditional step, each once. */
    private List<Decision.MissingFact> missingFacts(Decision decision, StepSelection walk, Audience audience, Language lang) {
        if (walk.asks.isEmpty()) {
            return decision.missingFacts();
        }
        Set<String> dontKnow = decision.receipt().dontKnow();
        Map<String, Decision.MissingFact> byId = new LinkedHashMap<>();
        decision.missingFacts().forEach(f -> byId.put(f.id(), f));
        walk.asks.forEach((id, stepRules) -> {
            Fact fact = Objects.requireNonNull(model.facts().get(id), "steps ask declared facts");
            if (!audience.mayAsk(fact.askedOf())) {
                return;
            }
            Decision.MissingFact known = byId.get(id);
            List<String> rules = new ArrayList<>(known == null ? List.of() : known.decides());
            rules.addAll(stepRules);
            Decision.MissingFact question = FactQuestions.question(fact, lang, rules);
            byId.put(id, dontKnow.contains(id) ? new Decision.MissingFact(question.id(), question.type(),
                    question.question(), question.askedOf(), question.decides(), true) : question);
        });
        return List.copyOf(byId.values());
    }


    private @Nullable Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality,
                        Decision decision) {
        return switch (name) {
            case Names.DECISION_REQUIREMENT -> decision.requirement().value();
            case Names.DECISION_CHANNEL -> decision.channel() == null ? null : decision.channel().value();
            case Names.DECISION_ALTERNATIVE -> decision.alternative().value();
            default -> {
                String fact = factIds.get(name); // the declared facts' names, without cutting a string per look-up
                yield fact != null ? facts.get(fact) : switch (name) {
                    case Names.SERVICE_ID -> service.id();
                    case Names.SERVICE_AREA -> service.area();
                    case Names.MUNICIPALITY_CODE -> municipality.code();
                    default -> null;
                };
            }
        };
    }
}
