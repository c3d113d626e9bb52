package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.lint.Lint;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a new release of the base does to a municipality's layer, told at the layer's own lines:
 * overlay steps whose national anchor ({@code after:}, {@code before:}, {@code replaces:},
 * {@code remove:}) is gone (TRV125), national steps an overlay replaces that changed (TRV126), and
 * the layer's tests that fail on the new base (TRV127, an error).
 *
 * <pre>{@code
 * RuleSet now = RuleSet.load(layer);                       // on the base it names
 * RuleSet next = RuleSet.layerOn(layer, Path.of("national-2027"));
 * List<Problem> said = BaseUpdate.compare(now, next, Language.DA);
 * }</pre>
 */
public final class BaseUpdate {
    private final List<Problem> out = new ArrayList<>();

    private BaseUpdate() {
    }

    /**
     * What changes for the layer when its base is replaced.
     *
     * @param current the layer on its base as it is
     * @param updated the same layer on the new base ({@link RuleSet#layerOn})
     * @param lang    the language a failing test's expectations are told in
     */
    public static List<Problem> compare(RuleSet current, RuleSet updated, Language lang) {
        BaseUpdate update = new BaseUpdate();
        update.overlays(current, updated);
        update.tests(current, updated, lang);
        update.out.sort(Problem.BY_LOCATION);
        return Lint.suppress(update.out, updated.model().documents());
    }

    private void overlays(RuleSet current, RuleSet updated) {
        for (Guide overlay : updated.model().guides()) {
            if (!overlay.overlay() || updated.fromBase(overlay.location())) {
                continue;
            }
            Map<String, Step> before = nationalSteps(current, overlay.service());
            Map<String, Step> after = nationalSteps(updated, overlay.service());
            for (Guide.Removal r : overlay.removals()) {
                if (before.containsKey(r.step()) && !after.containsKey(r.step())) {
                    warn(LintCodes.BASE_DROPS_ANCHOR, r.location(), Phrase.of("lint.TRV125.remove", r.step()));
                }
            }
            for (Step s : overlay.steps()) {
                String field = s.replaces() != null ? "replaces" : s.after() != null ? "after" : "before";
                String anchor = s.replaces() != null ? s.replaces() : s.after() != null ? s.after() : s.before();
                if (anchor == null || !before.containsKey(anchor)) {
                    continue;
                }
                Step was = before.get(anchor);
                Step now = after.get(anchor);
                if (now == null) {
                    warn(LintCodes.BASE_DROPS_ANCHOR, s.location(), Phrase.of("lint.TRV125", s.id(), field, anchor));
                } else if (s.replaces() != null) {
                    for (String part : changes(was, now)) {
                        warn(LintCodes.BASE_CHANGES_REPLACED, s.location(), Phrase.of("lint.TRV126." + part,
                                anchor, s.id()));
                    }
                }
            }
        }
    }

    private void warn(String code, Location at, Phrase phrase) {
        out.add(new Problem(Problem.Severity.WARNING, code, at, phrase));
    }

    /** What differs between a national step and its new version: {@code title}, {@code body}, ... */
    private static List<String> changes(Step was, Step now) {
        List<String> what = new ArrayList<>();
        if (!Objects.equals(was.title(), now.title())) {
            what.add("title");
        }
        if (!Objects.equals(was.body(), now.body())) {
            what.add("body");
        }
        if (!Objects.equals(was.when() == null ? null : was.when().source(),
                now.when() == null ? null : now.when().source())) {
            what.add("when");
        }
        if (!Objects.equals(was.validity().from(), now.validity().from())
                || !Objects.equals(was.validity().to(), now.validity().to())) {
            what.add("dates");
        }
        if (!ids(was).equals(ids(now))) {
            what.add("steps");
        }
        return what;
    }

    private static List<String> ids(Step s) {
        List<String> ids = new ArrayList<>();
        s.steps().forEach(x -> ids.add(x.id()));
        s.oneOf().forEach(x -> ids.add("|" + x.id()));
        return ids;
    }

    /** The layer's tests on the new base: each failure is an error, saying whether it passed before. */
    private void tests(RuleSet current, RuleSet updated, Language lang) {
        Map<Location, TestResult> before = new HashMap<>();
        new TestRunner(current).run().results().forEach(r -> before.put(r.location(), r));
        for (TestResult r : new TestRunner(updated).run().results()) {
            if (r.passed()) {
                continue;
            }
            TestResult was = before.get(r.location());
            boolean passedBefore = was != null && was.passed();
            out.add(new Problem(Problem.Severity.ERROR, LintCodes.BASE_FAILS_TEST, r.location(),
                    Phrase.of(passedBefore ? "lint.TRV127" : "lint.TRV127.before", r.name(),
                            String.join("; ", r.failures(lang)))));
        }
    }

    /** The steps of the national guide for the service, at any depth, by id; empty when there is none. */
    private static Map<String, Step> nationalSteps(RuleSet rules, String service) {
        Map<String, Step> steps = new LinkedHashMap<>();
        rules.model().guides().stream().filter(g -> !g.overlay() && g.service().equals(service)).findFirst()
                .ifPresent(g -> flatten(g.steps(), steps));
        return steps;
    }

    private static void flatten(List<Step> steps, Map<String, Step> into) {
        for (Step s : steps) {
            into.put(s.id(), s);
            flatten(s.steps(), into);
            flatten(s.oneOf(), into);
        }
    }
}
