package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.internal.expr.Bindings;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.internal.util.PhraseBook;
import dk.trinvis.model.Link;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import dk.trinvis.internal.compiled.CompiledRuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Guide texts with placeholders, cut once; keyed by the rule set's own texts, so bounded by them. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    /** Each placeholder name a guide text uses, parsed once; as few as the texts' placeholders. */
    private final Map<String, HelpField> helpFields = new ConcurrentHashMap<>();
    /** Each step's "file:line", made once per step of the rule set. */
    private final Map<Location, String> origins = new ConcurrentHashMap<>();
    /** Fact id by its name in conditions ({@code citizen.hasMitID} → {@code hasMitID}). */
    private final Map<String, String> factIds = new HashMap<>();
    /** Languages with a phrase book or a text in the rule set; a guide in any other is written in Danish. */
    private final Set<Language> languages;

    /** Indexes the guides of the rule set. */
    public GuideResolver(CompiledRuleSet compiled) {
        this.model = compiled.model();
        this.expressions = compiled.expressions();
        this.languages = Set.copyOf(LanguageSet.known(model));
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

    /** The resolved guide for a decision made on the same rule set, asking only what the audience can answer. */
    public ResolvedGuide resolve(Decision decision, Map<String, Object> facts, Language requested, Audience audience) {
        Language lang = languages.contains(requested) ? requested : Language.DA;
        Service service = model.services().get(decision.service());
        Municipality municipality = model.municipalities().get(decision.municipality());
        Guide base = national.get(service.id());
        Guide overlay = local.getOrDefault(service.id(), Map.of()).get(municipality.code());
        if (base == null && overlay == null) {
            throw new RequestException("no guide for service '" + service.id() + "'", "service", service.id(), null);
        }
        LocalDate day = decision.receipt().at().atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate();
        Bindings bindings = name -> bind(name, facts, service, municipality, decision);
        Placeholders placeholders = new Placeholders(service, municipality, decision, lang);
        Walk walk = new Walk(day, bindings, placeholders, lang);

        List<Step> merged = overlay != null ? overlaid.get(overlay) : base.steps();
        List<ResolvedGuide.GuideStep> steps = walk.steps(merged);

        Text title = pick(overlay, base, Guide::title);
        List<ResolvedGuide.GuideLink> links = overlay == null ? links(base.links(), lang) : new ArrayList<>();
        if (overlay != null && base != null) {
            links.addAll(links(base.links(), lang));
        }
        if (overlay != null) {
            links.addAll(links(overlay.links(), lang));
        }
        List<Text> ready = overlay != null && !overlay.ready().isEmpty() ? overlay.ready()
                : base != null ? base.ready() : List.of();
        Legal legal = overlay != null && overlay.legal() != null ? overlay.legal()
                : base != null && base.legal() != null ? base.legal() : service.legal();
        ResolvedGuide.GuideLink selfService = service.selfService() == null ? null
                : new ResolvedGuide.GuideLink(service.selfService().url(),
                LocalText.of(service.selfService().text() != null ? service.selfService().text() : service.title(), lang));
        return new ResolvedGuide(service.id(), municipality.code(), municipality.name(), lang,
                placeholders.plain(LocalText.of(title != null ? title : service.title(), lang)),
                placeholders.fill(LocalText.of(pick(overlay, base, Guide::intro), lang)),
                placeholders.plain(ready),
                LocalText.of(pick(overlay, base, Guide::processingTime), lang), legal, selfService, links, steps,
                walk.hidden, walk.conditional, missingFacts(decision, walk, audience, lang), decision);
    }

    private static String origin(Location location) {
        return location.file() + ":" + location.line();
    }

    private static Text pick(Guide overlay, Guide base, java.util.function.Function<Guide, Text> field) {
        if (overlay != null && field.apply(overlay) != null) {
            return field.apply(overlay);
        }
        return base == null ? null : field.apply(base);
    }

    /** The decision's missing facts, then those that decide a conditional step, each once. */
    private List<Decision.MissingFact> missingFacts(Decision decision, Walk walk, Audience audience, Language lang) {
        if (walk.asks.isEmpty()) {
            return decision.missingFacts();
        }
        Map<String, Decision.MissingFact> byId = new LinkedHashMap<>();
        decision.missingFacts().forEach(f -> byId.put(f.id(), f));
        walk.asks.forEach((id, stepRules) -> {
            Fact fact = model.facts().get(id);
            if (!audience.mayAsk(fact.askedOf())) {
                return;
            }
            Decision.MissingFact known = byId.get(id);
            List<String> rules = new ArrayList<>(known == null ? List.of() : known.decides());
            rules.addAll(stepRules);
            byId.put(id, Questions.question(fact, lang, rules));
        });
        return List.copyOf(byId.values());
    }

    private static List<ResolvedGuide.GuideLink> links(List<Link> links, Language lang) {
        if (links.isEmpty()) {
            return List.of(); // most steps: no stream set up for nothing
        }
        ResolvedGuide.GuideLink[] shown = new ResolvedGuide.GuideLink[links.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = new ResolvedGuide.GuideLink(links.get(i).url(), LocalText.of(links.get(i).text(), lang));
        }
        return List.of(shown);
    }

    private Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality,
                        Decision decision) {
        return switch (name) {
            case Names.DECISION_REQUIREMENT -> decision.requirement().value();
            case Names.DECISION_CHANNEL -> decision.channel() == null ? null : decision.channel().value();
            case Names.DECISION_ALTERNATIVE -> decision.alternative().value();
            default -> {
                String fact = factIds.get(name); // the declared facts' names, without cutting a string per look-up
                yield fact != null ? facts.get(fact) : RuleNames.bind(name, facts, service, municipality);
            }
        };
    }

    /** One pass over a guide's steps for one request, noting hidden and conditional steps. */
    private final class Walk {
        private final LocalDate day;
        private final Bindings bindings;
        private final Placeholders placeholders;
        private final Language lang;
        final List<String> hidden = new ArrayList<>();
        final List<String> conditional = new ArrayList<>();
        /** Facts that decide a conditional step, with the steps they decide, by fact id. */
        final Map<String, List<String>> asks = new TreeMap<>();

        Walk(LocalDate day, Bindings bindings, Placeholders placeholders, Language lang) {
            this.day = day;
            this.bindings = bindings;
            this.placeholders = placeholders;
            this.lang = lang;
        }

        List<ResolvedGuide.GuideStep> steps(List<Step> steps) {
            if (steps.isEmpty()) {
                return List.of(); // most steps have no sub-steps and no alternatives
            }
            List<ResolvedGuide.GuideStep> shown = new ArrayList<>(steps.size());
            for (Step s : steps) {
                LocalText condition = null;
                if (!s.validity().covers(day)) {
                    hideAll(s);
                    continue;
                }
                if (s.when() != null) {
                    Expression when = expressions.get(s.when());
                    Tri result = when.evaluate(bindings);
                    List<String> unknownFacts = result == Tri.UNKNOWN
                            ? RuleNames.factIds(when.decisiveUnknowns(bindings)) : List.of();
                    // Unknown only through the decision (no channel during an outage): nothing to ask, so not shown.
                    if (result == Tri.FALSE || result == Tri.UNKNOWN && unknownFacts.isEmpty()) {
                        hideAll(s);
                        continue;
                    }
                    if (result == Tri.UNKNOWN) {
                        condition = condition(when, unknownFacts);
                        conditional.add(s.id());
                        for (String fact : unknownFacts) {
                            asks.computeIfAbsent(fact, k -> new ArrayList<>()).add("Step:" + s.id());
                        }
                    }
                }
                shown.add(new ResolvedGuide.GuideStep(s.id(), placeholders.plain(LocalText.of(s.title(), lang)),
                        placeholders.fill(LocalText.of(s.body(), lang)), s.optional(), links(s.links(), lang),
                        steps(s.steps()), steps(s.oneOf()), origins.computeIfAbsent(s.location(), GuideResolver::origin),
                        condition));
            }
            return shown;
        }

        private void hideAll(Step s) {
            hidden.add(s.id());
            for (Step sub : s.steps()) {
                hideAll(sub);
            }
            for (Step alternative : s.oneOf()) {
                hideAll(alternative);
            }
        }

        /**
         * The condition in words. With one yes/no fact deciding it, which answer shows the step;
         * otherwise the questions whose answers decide it.
         */
        private LocalText condition(Expression when, List<String> unknownFacts) {
            List<LocalText> questions = unknownFacts.stream().map(this::question).toList();
            // The sentence is in the requested language only when its questions and its phrases are.
            PhraseBook book = PhraseBook.of(PhraseBook.CITIZEN, lang.code());
            boolean inLanguage = book.language().equals(lang.code())
                    && questions.stream().allMatch(q -> q.language().equals(lang));
            Language written = inLanguage ? lang : Language.DA;
            PhraseBook words = inLanguage ? book : PhraseBook.of(PhraseBook.CITIZEN, Language.DA.code());
            if (unknownFacts.size() == 1 && model.facts().get(unknownFacts.get(0)).type() == FactType.BOOLEAN) {
                String name = Names.citizen(unknownFacts.get(0));
                boolean onYes = when.evaluate(n -> n.equals(name) ? Boolean.TRUE : bindings.valueOf(n)) == Tri.TRUE;
                boolean onNo = when.evaluate(n -> n.equals(name) ? Boolean.FALSE : bindings.valueOf(n)) == Tri.TRUE;
                if (onYes != onNo) {
                    String q = words.get("guide.quoted", questions.get(0).text());
                    return new LocalText(words.get(onYes ? "guide.ifYes" : "guide.ifNo", q), written);
                }
            }
            String list = questions.stream().map(q -> words.get("guide.quoted", q.text()))
                    .collect(java.util.stream.Collectors.joining(", "));
            return new LocalText(words.get("guide.dependsOn", list), written);
        }

        private LocalText question(String fact) {
            Fact f = model.facts().get(fact);
            LocalText q = LocalText.of(f.question(), lang);
            return q != null ? q : new LocalText(fact, lang);
        }
    }

    /** Fills {@code {{...}}} placeholders with plain values the renderers escape later. */
    private final class Placeholders {
        private final Service service;
        private final Municipality municipality;
        private final Decision decision;
        private final Language lang;
        private final java.util.function.Function<String, String> values = this::value;

        Placeholders(Service service, Municipality municipality, Decision decision, Language lang) {
            this.service = service;
            this.municipality = municipality;
            this.decision = decision;
            this.lang = lang;
        }

        /** Fills Markdown text: values are escaped so a '*' or '[' in a name stays literal. */
        LocalText fill(LocalText text) {
            return fill(text, true);
        }

        /** Fills plain text (titles, ready items): values as they are; renderers escape per format. */
        LocalText plain(LocalText text) {
            return fill(text, false);
        }

        /** Each text in the request's language, filled as plain text. */
        List<LocalText> plain(List<Text> texts) {
            LocalText[] filled = new LocalText[texts.size()];
            for (int i = 0; i < filled.length; i++) {
                filled[i] = plain(LocalText.of(texts.get(i), lang));
            }
            return List.of(filled);
        }

        private LocalText fill(LocalText text, boolean markdown) {
            if (text == null || text.text().indexOf("{{") < 0) {
                return text;
            }
            Template template = templates.computeIfAbsent(text.text(), Template::of);
            return new LocalText(template.fill(values, markdown), text.language());
        }

        private String value(String name) {
            Decision.Responsible authority = decision.authority();
            return switch (name) {
                case "municipality.name" -> municipality.name();
                case "municipality.code" -> municipality.code();
                case "municipality.genitive" -> municipality.genitiveName();
                case "municipality.officialName" -> municipality.authorityName();
                case "service.title" -> service.title().in(lang);
                case "service.id" -> service.id();
                case "decision.until" -> decision.until() == null ? ""
                        : decision.until().toLocalDateTime().format(UNTIL);
                case "authority.name" -> authority == null ? "" : authority.name();
                case "authority.contact.phone" -> authority == null ? "" : orEmpty(authority.contact().phone());
                case "authority.contact.email" -> authority == null ? "" : orEmpty(authority.contact().email());
                case "authority.contact.url" -> authority == null ? "" : orEmpty(authority.contact().url());
                case "authority.contact.address" -> authority == null ? "" : orEmpty(authority.contact().address());
                default -> helpValue(name);
            };
        }

        private String helpValue(String name) {
            HelpField help = helpFields.computeIfAbsent(name, GuideResolver.this::helpField);
            if (help.offer() == null) {
                return null;
            }
            HelpOffer offer = help.offer();
            String value = switch (help.field()) {
                case "name" -> offer.name().in(lang);
                case "contact.phone" -> offer.contact().phone();
                case "contact.email" -> offer.contact().email();
                case "contact.url" -> offer.contact().url();
                default -> offer.contact().address();
            };
            return orEmpty(value);
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** A {@code help.<offer>.<field>} placeholder, parsed once: the offer is null when the name is none. */
    private record HelpField(HelpOffer offer, String field) {
    }

    private HelpField helpField(String name) {
        String[] parts = name.split("\\.", 3);
        HelpOffer offer = parts.length == 3 && parts[0].equals("help") ? model.helpOffers().get(parts[1]) : null;
        return new HelpField(offer, offer == null ? "" : parts[2]);
    }

    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
}
