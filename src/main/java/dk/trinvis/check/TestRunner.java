package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.Period;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import dk.trinvis.model.Step;
import dk.trinvis.model.TestCase;
import dk.trinvis.model.TrinvisException;
import dk.trinvis.internal.lint.Lint;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.GuideRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Runs a rule set's {@code kind: Test} documents and measures what they cover. */
public final class TestRunner {
    private final RuleSet rules;
    /** Renders a guide as the citizen reads it, decision sentence and help included, for text expectations. */
    private final GuideRenderer reader = GuideFormat.TEXT.renderer();

    /** A runner for the rule set. */
    public TestRunner(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * A reload gate that refuses a rule set whose own tests fail, one problem per failing test:
     * {@code RuleSetHolder.load(folder, ReloadPolicy.DEFAULT.withGate(TestRunner.gate()))}.
     */
    public static RuleSetHolder.Gate gate() {
        return fresh -> new TestRunner(fresh).run().results().stream().filter(r -> !r.passed())
                .map(r -> new Problem(Problem.Severity.ERROR, RuleSetHolder.REFUSED, r.location(),
                        Phrase.of("reload.testFails", r.name(), String.join("; ", r.failures()))))
                .toList();
    }

    /** Runs every test, in the order written. */
    public TestRun run() {
        return run(List.of());
    }

    /**
     * Runs the tests that have one of these tags or names (every test when the list is empty), in
     * the order written. Coverage counts only the tests run.
     */
    public TestRun run(List<String> only) {
        List<TestResult> results = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (TestCase test : rules.model().tests()) {
            if (only.isEmpty() || only.stream().anyMatch(test::selectedBy)) {
                results.add(run(test, touched));
            }
        }
        Coverage all = coverage(rules.model(), touched);
        // A layer's tests cover the layer: its base's rules are covered by the base's tests.
        return new TestRun(results, new Coverage(all.items().stream()
                .filter(i -> !rules.fromBase(fileOf(i))).toList()));
    }

    /**
     * TRV122 for each test of a layer that passed and passes on the layer's base alone too: it does
     * not test what the layer adds (e.g. "Hvidovre shows no paper form" where the paper step is
     * hidden for that citizen anyway). Empty for a rule set that is no layer; suppressed per test
     * document with {@code lint: {ignore: [TRV122]}}.
     *
     * @param run what {@link #run(List)} gave on this rule set
     * @throws dk.trinvis.model.RuleSetException if the base no longer loads on its own
     */
    public List<Problem> passingWithoutLayer(TestRun run) {
        RuleSet base = rules.base().orElse(null);
        if (base == null) {
            return List.of();
        }
        TestRunner onBase = new TestRunner(base);
        java.util.Map<Location, TestCase> byLocation = new java.util.HashMap<>();
        rules.model().tests().forEach(t -> byLocation.put(t.location(), t));
        List<Problem> out = new ArrayList<>();
        for (TestResult r : run.results()) {
            TestCase test = byLocation.get(r.location());
            if (r.passed() && test != null && onBase.run(test).passed()) {
                out.add(new Problem(Problem.Severity.WARNING, LintCodes.TEST_PASSES_WITHOUT_LAYER, test.location(),
                        Phrase.of("lint.TRV122", test.name())));
            }
        }
        return Lint.suppress(out, rules.model().documents());
    }

    /** Runs one test. */
    public TestResult run(TestCase test) {
        return run(test, new HashSet<>());
    }

    private TestResult run(TestCase test, Set<String> touched) {
        TestCase.Given given = test.given();
        DecisionRequest request = DecisionRequest.of(given.service(), given.municipality())
                .at(given.at()).facts(given.facts()).language(given.language());
        List<Phrase> failures = new ArrayList<>();
        Decision decision;
        @Nullable ResolvedGuide guide = null;
        try {
            decision = rules.decide(request);
            if (test.expect().needsGuide()) {
                guide = rules.guide(request);
            }
        } catch (TrinvisException e) {
            failures.add(Phrase.of("test.requestFailed", e.getMessage()));
            return new TestResult(test.name(), test.location(), failures, List.of());
        }
        record(decision, guide, touched);
        TestCase.Expect expect = test.expect();
        compare(failures, "requirement", expect.requirement(), decision.requirement().value());
        compare(failures, "channel", expect.channel(), decision.channel() == null ? null : decision.channel().value());
        compare(failures, "alternative", expect.alternative(), decision.alternative().value());
        if (expect.until() != null) {
            String actual = decision.until() == null ? null : decision.until().toLocalDateTime().toString();
            compare(failures, "until", expect.until().toString(), actual);
        }
        if (expect.grounds() != null) {
            compare(failures, "grounds", new TreeSet<>(expect.grounds()).toString(),
                    new TreeSet<>(decision.grounds().stream().map(Decision.MatchedGround::id).toList()).toString());
        }
        if (expect.missingFacts() != null) {
            compare(failures, "missingFacts", new TreeSet<>(expect.missingFacts()).toString(),
                    new TreeSet<>(decision.missingFacts().stream().map(Decision.MissingFact::id).toList()).toString());
        }
        help(failures, expect, decision);
        if (guide != null) {
            guide(failures, expect, guide);
        }
        return new TestResult(test.name(), test.location(), failures, failures.isEmpty() ? List.of() : trace(decision));
    }

    private static void help(List<Phrase> failures, TestCase.Expect expect, Decision decision) {
        if (expect.help() != null) {
            for (TestCase.HelpExpectation h : expect.help()) {
                Decision.Help actual = decision.help().stream().filter(x -> x.id().equals(h.id())).findFirst().orElse(null);
                if (actual == null) {
                    failures.add(Phrase.of("test.help.missing", h.id(), ids(decision)));
                } else if (h.openNow() != null && !h.openNow().equals(actual.openNow())) {
                    failures.add(actual.nextOpening() == null
                            ? Phrase.of("test.help.openNow", h.id(), h.openNow(), actual.openNow())
                            : Phrase.of("test.help.openNowNext", h.id(), h.openNow(), actual.openNow(), actual.nextOpening()));
                } else if (h.hours() != null && !h.hours().equals(actual.hours())) {
                    failures.add(Phrase.of("test.help.hours", h.id(), h.hours(), actual.hours()));
                }
            }
        }
        if (expect.helpAbsent() != null) {
            for (String id : expect.helpAbsent()) {
                if (decision.help().stream().anyMatch(x -> x.id().equals(id))) {
                    failures.add(Phrase.of("test.help.listed", id, ids(decision)));
                }
            }
        }
    }

    private static List<String> ids(Decision decision) {
        return decision.help().stream().map(Decision.Help::id).toList();
    }

    private void guide(List<Phrase> failures, TestCase.Expect expect, ResolvedGuide guide) {
        List<String> shown = guide.shownStepIds();
        if (expect.stepsShown() != null) {
            for (String id : expect.stepsShown()) {
                if (!shown.contains(id)) {
                    failures.add(Phrase.of("test.steps.notShown", id, shown));
                }
            }
        }
        if (expect.stepsHidden() != null) {
            for (String id : expect.stepsHidden()) {
                if (shown.contains(id)) {
                    failures.add(Phrase.of("test.steps.notHidden", id));
                }
            }
        }
        if (expect.stepsOrder() != null) {
            order(failures, expect.stepsOrder(), shown);
        }
        if (expect.textContains() != null || expect.textAbsent() != null) {
            String text = text(guide);
            String read = oneSpaced(reader.render(guide));
            if (expect.textContains() != null) {
                for (String snippet : expect.textContains()) {
                    if (!text.contains(snippet) && !read.contains(oneSpaced(snippet))) {
                        failures.add(Phrase.of("test.text.missing", snippet));
                    }
                }
            }
            if (expect.textAbsent() != null) {
                for (String snippet : expect.textAbsent()) {
                    if (text.contains(snippet) || read.contains(oneSpaced(snippet))) {
                        failures.add(Phrase.of("test.text.present", snippet));
                    }
                }
            }
        }
    }

    /** The text with every run of whitespace as one space: the text renderer wraps its lines. */
    private static String oneSpaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The expected steps must be shown, each after the one before it; other steps may come between. */
    private static void order(List<Phrase> failures, List<String> expected, List<String> shown) {
        int last = -1;
        for (String id : expected) {
            int at = shown.indexOf(id);
            if (at < 0) {
                failures.add(Phrase.of("test.order.notShown", id, shown));
                return;
            }
            if (at < last) {
                failures.add(Phrase.of("test.order.wrong", expected, shown));
                return;
            }
            last = at;
        }
    }

    /** Every text of the guide, so snippets can be looked for whatever the renderer. */
    static String text(ResolvedGuide guide) {
        StringBuilder b = new StringBuilder();
        append(b, guide.title());
        append(b, guide.intro());
        guide.ready().forEach(t -> append(b, t));
        append(b, guide.processingTime());
        guide.links().forEach(l -> append(b, l.text()));
        appendSteps(b, guide.steps());
        return b.toString();
    }

    private static void appendSteps(StringBuilder b, List<ResolvedGuide.GuideStep> steps) {
        for (ResolvedGuide.GuideStep s : steps) {
            append(b, s.title());
            append(b, s.body());
            s.links().forEach(l -> append(b, l.text()));
            appendSteps(b, s.steps());
            appendSteps(b, s.oneOf());
        }
    }

    private static void append(StringBuilder b, @Nullable LocalText t) {
        if (t != null) {
            b.append(t.text()).append('\n');
        }
    }

    private static void compare(List<Phrase> failures, String field, @Nullable String expected,
                                @Nullable String actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            failures.add(Phrase.of("test.expected", field, expected, actual));
        }
    }

    private static List<String> trace(Decision decision) {
        return decision.trace().stream()
                .map(t -> t.location() + " " + t.rule() + " [" + t.outcome() + "] " + t.text()).toList();
    }

    private static void record(Decision decision, @Nullable ResolvedGuide guide, Set<String> touched) {
        for (Decision.TraceEntry t : decision.trace()) {
            if (t.outcome().tookEffect()) {
                touched.add(t.rule() + "@" + t.location());
                touched.add(t.rule());
            }
        }
        decision.help().forEach(h -> touched.add("HelpOffer:" + h.id()));
        if (guide != null) {
            collectSteps(guide.steps(), touched);
        }
    }

    private static void collectSteps(List<ResolvedGuide.GuideStep> steps, Set<String> touched) {
        for (ResolvedGuide.GuideStep s : steps) {
            touched.add("Step@" + s.origin());
            collectSteps(s.steps(), touched);
            collectSteps(s.oneOf(), touched);
        }
    }

    static Coverage coverage(RuleSetModel model, Set<String> touched) {
        List<Coverage.Item> items = new ArrayList<>();
        for (Service s : model.services().values()) {
            for (Period p : s.mandatoryDigital()) {
                String key = "Service:" + s.id() + "@" + line(p.location());
                items.add(item(Coverage.Kind.PERIOD, s.id() + " from " + p.from(), p.location(), touched.contains(key)));
            }
        }
        for (Municipality m : model.municipalities().values()) {
            for (SteerPolicy p : m.steerDigital()) {
                String key = "Municipality:" + m.code() + "@" + line(p.period().location());
                items.add(item(Coverage.Kind.POLICY, m.code() + " " + m.name(), p.period().location(), touched.contains(key)));
            }
        }
        for (ExemptionGround g : model.grounds()) {
            items.add(item(Coverage.Kind.GROUND, g.id(), g.location(), touched.contains("ExemptionGround:" + g.id())));
        }
        model.assistRules().forEach(r -> items.add(item(Coverage.Kind.ASSIST_RULE, r.id(), r.location(),
                touched.contains("AssistRule:" + r.id()))));
        for (Outage o : model.outages()) {
            items.add(item(Coverage.Kind.OUTAGE, o.id(), o.location(), touched.contains("Outage:" + o.id())));
        }
        for (HelpOffer o : model.helpOffers().values()) {
            items.add(item(Coverage.Kind.HELP_OFFER, o.id(), o.location(), touched.contains("HelpOffer:" + o.id())));
        }
        for (Guide g : model.guides()) {
            String prefix = g.service() + (g.municipality() == null ? "" : "@" + g.municipality()) + "/";
            steps(g.steps(), prefix, touched, items);
        }
        return new Coverage(items);
    }

    private static void steps(List<Step> steps, String prefix, Set<String> touched, List<Coverage.Item> items) {
        for (Step s : steps) {
            items.add(item(Coverage.Kind.STEP, prefix + s.id(), s.location(), touched.contains("Step@" + line(s.location()))));
            steps(s.steps(), prefix, touched, items);
            steps(s.oneOf(), prefix, touched, items);
        }
    }

    /** The file an item's "file:line" names, as a location. */
    private static Location fileOf(Coverage.Item item) {
        return new Location(item.location().substring(0, item.location().lastIndexOf(':')), 1, 1);
    }

    private static Coverage.Item item(Coverage.Kind kind, String id, Location at, boolean touched) {
        return new Coverage.Item(kind, id, line(at), touched);
    }

    private static String line(Location at) {
        return at.file() + ":" + at.line();
    }
}
