package dk.trinvis.decide;

import dk.trinvis.Decision;
import dk.trinvis.LocalText;
import dk.trinvis.RequestException;
import dk.trinvis.ResolvedGuide;
import dk.trinvis.expr.Bindings;
import dk.trinvis.expr.Expression;
import dk.trinvis.expr.Tri;
import dk.trinvis.hours.CopenhagenTime;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Link;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import dk.trinvis.yaml.CompiledRuleSet;
import dk.trinvis.yaml.Interpolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Resolves the guide for a decision: overlays the municipality's local guide on the national
 * one, keeps the steps whose conditions and dates hold, and fills in placeholders. A step whose
 * condition is unknown (a fact not given) is shown: missing guidance costs more than extra.
 */
public final class GuideResolver {
    private final RuleSetModel model;
    private final Map<Condition, Expression> expressions;
    private final Map<String, Guide> national = new HashMap<>();
    private final Map<String, Guide> local = new HashMap<>();

    /** Indexes the guides of the rule set. */
    public GuideResolver(CompiledRuleSet compiled) {
        this.model = compiled.model();
        this.expressions = compiled.expressions();
        for (Guide g : model.guides()) {
            if (g.municipality() == null) {
                national.put(g.service(), g);
            } else {
                local.put(g.service() + "@" + g.municipality(), g);
            }
        }
    }

    /** The resolved guide for a decision made on the same rule set. */
    public ResolvedGuide resolve(Decision decision, Map<String, Object> facts, Language lang) {
        Service service = model.services().get(decision.service());
        Municipality municipality = model.municipalities().get(decision.municipality());
        Guide base = national.get(service.id());
        Guide overlay = local.get(service.id() + "@" + municipality.code());
        if (base == null && overlay == null) {
            throw new RequestException("no guide for service '" + service.id() + "'");
        }
        LocalDate day = decision.receipt().at().atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate();
        Bindings bindings = name -> bind(name, facts, service, municipality, decision);
        Placeholders placeholders = new Placeholders(service, municipality, lang);

        List<Step> merged = GuideOverlay.steps(base, overlay);
        List<String> hidden = new ArrayList<>();
        List<ResolvedGuide.GuideStep> steps = steps(merged, day, bindings, placeholders, lang, hidden);

        Guide top = overlay != null ? overlay : base;
        Text title = pick(overlay, base, Guide::title);
        List<ResolvedGuide.GuideLink> links = new ArrayList<>();
        if (base != null) {
            links.addAll(links(base.links(), lang));
        }
        if (overlay != null) {
            links.addAll(links(overlay.links(), lang));
        }
        List<Text> ready = overlay != null && !overlay.ready().isEmpty() ? overlay.ready()
                : base != null ? base.ready() : List.of();
        String legal = overlay != null && overlay.legal() != null ? overlay.legal()
                : base != null && base.legal() != null ? base.legal() : service.legal();
        ResolvedGuide.GuideLink selfService = service.selfService() == null ? null
                : new ResolvedGuide.GuideLink(service.selfService().url(),
                LocalText.of(service.selfService().text() != null ? service.selfService().text() : service.title(), lang));
        return new ResolvedGuide(service.id(), municipality.code(), municipality.name(), lang,
                placeholders.fill(LocalText.of(title != null ? title : service.title(), lang)),
                placeholders.fill(LocalText.of(pick(overlay, base, Guide::intro), lang)),
                ready.stream().map(t -> placeholders.fill(LocalText.of(t, lang))).toList(),
                LocalText.of(pick(overlay, base, Guide::processingTime), lang), legal, selfService, links, steps,
                hidden, decision);
    }

    private static Text pick(Guide overlay, Guide base, java.util.function.Function<Guide, Text> field) {
        if (overlay != null && field.apply(overlay) != null) {
            return field.apply(overlay);
        }
        return base == null ? null : field.apply(base);
    }

    private List<ResolvedGuide.GuideStep> steps(List<Step> steps, LocalDate day, Bindings bindings,
                                                Placeholders placeholders, Language lang, List<String> hidden) {
        List<ResolvedGuide.GuideStep> shown = new ArrayList<>();
        for (Step s : steps) {
            if (!applies(s, day, bindings)) {
                hideAll(s, hidden);
                continue;
            }
            shown.add(new ResolvedGuide.GuideStep(s.id(), placeholders.fill(LocalText.of(s.title(), lang)),
                    placeholders.fill(LocalText.of(s.body(), lang)), s.optional(), links(s.links(), lang),
                    steps(s.steps(), day, bindings, placeholders, lang, hidden),
                    steps(s.oneOf(), day, bindings, placeholders, lang, hidden),
                    s.location().file() + ":" + s.location().line()));
        }
        return shown;
    }

    private static void hideAll(Step s, List<String> hidden) {
        hidden.add(s.id());
        s.steps().forEach(c -> hideAll(c, hidden));
        s.oneOf().forEach(c -> hideAll(c, hidden));
    }

    private boolean applies(Step s, LocalDate day, Bindings bindings) {
        if (!s.validity().covers(day)) {
            return false;
        }
        return s.when() == null || expressions.get(s.when()).evaluate(bindings) != Tri.FALSE;
    }

    private static List<ResolvedGuide.GuideLink> links(List<Link> links, Language lang) {
        return links.stream().map(l -> new ResolvedGuide.GuideLink(l.url(), LocalText.of(l.text(), lang))).toList();
    }

    private static Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality,
                               Decision decision) {
        return switch (name) {
            case "decision.requirement" -> decision.requirement().value();
            case "decision.channel" -> decision.channel() == null ? null : decision.channel().value();
            case "decision.alternative" -> decision.alternative().value();
            default -> DecisionEngine.bind(name, facts, service, municipality);
        };
    }

    /** Fills {@code {{...}}} placeholders with plain values the renderers escape later. */
    private final class Placeholders {
        private final Service service;
        private final Municipality municipality;
        private final Language lang;

        Placeholders(Service service, Municipality municipality, Language lang) {
            this.service = service;
            this.municipality = municipality;
            this.lang = lang;
        }

        LocalText fill(LocalText text) {
            if (text == null || text.text().indexOf("{{") < 0) {
                return text;
            }
            Matcher m = Interpolation.PLACEHOLDER.matcher(text.text());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(Interpolation.markdownLiteral(value(m.group(1)))));
            }
            m.appendTail(out);
            return new LocalText(out.toString(), text.language());
        }

        private String value(String name) {
            switch (name) {
                case "municipality.name":
                    return municipality.name();
                case "municipality.code":
                    return municipality.code();
                case "service.title":
                    return service.title().in(lang);
                case "service.id":
                    return service.id();
                default:
                    return helpValue(name);
            }
        }

        private String helpValue(String name) {
            String[] parts = name.split("\\.", 3);
            HelpOffer offer = model.helpOffers().get(parts[1]);
            String field = parts[2];
            String value = switch (field) {
                case "name" -> offer.name().in(lang);
                case "contact.phone" -> offer.contact().phone();
                case "contact.email" -> offer.contact().email();
                case "contact.url" -> offer.contact().url();
                default -> offer.contact().address();
            };
            return value == null ? "" : value;
        }
    }
}
