package dk.trinvis.internal.guide;

import dk.trinvis.internal.expr.Bindings;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Tri;
import dk.trinvis.internal.util.Names;
import dk.trinvis.internal.util.PhraseBook;
import dk.trinvis.model.Condition;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.Link;
import dk.trinvis.model.Location;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pass over a guide's steps for one request: keeps the steps whose dates and conditions hold,
 * and notes the hidden steps, the conditional ones (decided by a fact not given) and the facts
 * that decide them.
 */
final class StepSelection {
    private final RuleSetModel model;
    private final Map<Condition, Expression> expressions;
    private final Function<Location, String> origins;
    private final LocalDate day;
    private final Bindings bindings;
    private final Placeholders placeholders;
    private final Language lang;
    final List<String> hidden = new ArrayList<>();
    final List<String> conditional = new ArrayList<>();
    /** Facts that decide a conditional step, with the steps they decide, by fact id. */
    final Map<String, List<String>> asks = new TreeMap<>();

    StepSelection(RuleSetModel model, Map<Condition, Expression> expressions, Function<Location, String> origins,
                  LocalDate day, Bindings bindings, Placeholders placeholders, Language lang) {
        this.model = model;
        this.expressions = expressions;
        this.origins = origins;
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
                Expression when = Objects.requireNonNull(expressions.get(s.when()), "the loader compiles every condition");
                Tri result = when.evaluate(bindings);
                List<String> unknownFacts = result == Tri.UNKNOWN
                        ? Names.factIds(when.decisiveUnknowns(bindings)) : List.of();
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
            shown.add(new ResolvedGuide.GuideStep(s.id(), Objects.requireNonNull(placeholders.plain(LocalText.of(s.title(), lang)), "a step has a title"),
                    placeholders.fill(LocalText.of(s.body(), lang)), s.optional(), links(s.links(), lang),
                    steps(s.steps()), steps(s.oneOf()), origins.apply(s.location()), condition));
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
        if (unknownFacts.size() == 1 && Objects.requireNonNull(model.facts().get(unknownFacts.get(0)), "a declared fact").type() == FactType.BOOLEAN) {
            String name = Names.citizen(unknownFacts.get(0));
            boolean onYes = when.evaluate(n -> n.equals(name) ? Boolean.TRUE : bindings.valueOf(n)) == Tri.TRUE;
            boolean onNo = when.evaluate(n -> n.equals(name) ? Boolean.FALSE : bindings.valueOf(n)) == Tri.TRUE;
            if (onYes != onNo) {
                String q = words.get("guide.quoted", questions.get(0).text());
                return new LocalText(words.get(onYes ? "guide.ifYes" : "guide.ifNo", q), written);
            }
        }
        String list = questions.stream().map(q -> words.get("guide.quoted", q.text()))
                .collect(Collectors.joining(", "));
        return new LocalText(words.get("guide.dependsOn", list), written);
    }

    private LocalText question(String fact) {
        Fact f = Objects.requireNonNull(model.facts().get(fact), "steps ask declared facts");
        LocalText q = LocalText.of(f.question(), lang);
        return q != null ? q : new LocalText(fact, lang);
    }

    /** The links in the language. */
    static List<ResolvedGuide.GuideLink> links(List<Link> links, Language lang) {
        if (links.isEmpty()) {
            return List.of(); // most steps: no stream set up for nothing
        }
        ResolvedGuide.GuideLink[] shown = new ResolvedGuide.GuideLink[links.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = new ResolvedGuide.GuideLink(links.get(i).url(), LocalText.of(links.get(i).text(), lang));
        }
        return List.of(shown);
    }
}
