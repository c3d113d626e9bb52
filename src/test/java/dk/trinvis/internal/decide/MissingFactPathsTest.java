package dk.trinvis.internal.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.plan.AskedFacts;
import dk.trinvis.internal.plan.AssistPlan;
import dk.trinvis.internal.plan.FactQuestions;
import dk.trinvis.internal.plan.GroundPlan;
import dk.trinvis.internal.plan.Plans;
import dk.trinvis.internal.yaml.RuleSetLoader;
import dk.trinvis.internal.yaml.SourceFile;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Language;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Requirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The missing facts the engine finds by rank bits are those of a plain oracle that merges, fact by
 * fact, every rule each missing fact decides: on random requests to the bundled rule set and the
 * test rule set, in every language and for every audience, with and without explanation.
 */
class MissingFactPathsTest {
    static final String[] MOMENTS = {"2012-06-15T10:00", "2013-06-03T09:00", "2014-01-06T10:00", "2016-03-01T10:00",
        "2023-06-01T09:00", "2023-11-20T12:00", "2024-06-03T11:00"};

    @ParameterizedTest
    @ValueSource(strings = {"guides", "src/test/resources/decide"})
    void rankBitsFindWhatMergingEveryRuleFinds(String folder) {
        CompiledRuleSet compiled = load(Path.of(folder));
        DecisionEngine engine = new DecisionEngine(new Plans(compiled));
        List<String> services = List.copyOf(compiled.model().services().keySet());
        List<String> municipalities = List.copyOf(compiled.model().municipalities().keySet());
        List<Fact> facts = List.copyOf(compiled.model().facts().values());
        Random random = new Random(20261127);
        int withSeveral = 0;
        for (int n = 0; n < 2_000; n++) {
            DecisionRequest request = DecisionRequest.of(services.get(random.nextInt(services.size())),
                            municipalities.get(random.nextInt(municipalities.size())))
                    .at(LocalDateTime.parse(MOMENTS[random.nextInt(MOMENTS.length)]))
                    .audience(Audience.values()[random.nextInt(Audience.values().length)])
                    .language(List.of(Language.DA, Language.EN, Language.UK).get(random.nextInt(3)));
            for (Fact f : facts) {
                if (f.type() == FactType.BOOLEAN && random.nextInt(4) == 0) {
                    request = request.fact(f.id(), random.nextBoolean());
                }
            }
            if (random.nextBoolean()) {
                request = request.withoutExplanation();
            }
            Decision decision;
            try {
                decision = engine.decide(request, request.at());
            } catch (RequestException contradicted) {
                // A random answer may contradict one the others imply (a login and no way to get one).
                continue;
            }
            assertThat(decision.missingFacts()).as("%s", request).isEqualTo(oracle(engine, request));
            withSeveral += decision.missingFacts().size() > 1 ? 1 : 0;
        }
        assertThat(withSeveral).as("requests with several missing facts").isGreaterThan(500);
    }

    /** The missing facts found the plain way: each fact's question built up from every rule it decides. */
    private static List<Decision.MissingFact> oracle(DecisionEngine engine, DecisionRequest request) {
        DecisionInput ask = engine.input(request, Objects.requireNonNull(request.at()));
        OutagePhase outages = OutagePhase.find(ask);
        Requirement requirement = outages.selfServiceBackAt() != null ? Requirement.UNAVAILABLE
                : RequirementPhase.decide(ask);
        GroundPhase grounds = GroundPhase.decide(ask, requirement);
        ChannelPhase channel = ChannelPhase.decide(ask, grounds, outages.selfServiceBackAt() != null);
        Decision.MissingFact[] found = new Decision.MissingFact[ask.plan().questionRanks().ranks()];
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            for (int i : unknown(grounds.unknown(), grounds.unknownBeyond())) {
                GroundPlan g = ask.plan().grounds().get(i);
                if (g.ground().effect().outranks(grounds.alternative())) {
                    add(found, ask, g.questions(), g.asked());
                }
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            for (int i : unknown(channel.unknown(), channel.unknownBeyond())) {
                AssistPlan a = ask.plan().assistRules().get(i);
                add(found, ask, a.questions(), a.asked());
            }
        }
        return Arrays.stream(found).filter(Objects::nonNull).toList();
    }

    private static List<Integer> unknown(long bits, List<Integer> beyond) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Long.SIZE; i++) {
            if ((bits & 1L << i) != 0) {
                out.add(i);
            }
        }
        out.addAll(beyond);
        return out;
    }

    private static void add(Decision.MissingFact[] found, DecisionInput ask, FactQuestions questions,
                            AskedFacts asked) {
        for (AskedFacts.Fact fact : asked.deciding(ask.slots())) {
            Decision.MissingFact question = fact.question(ask.words());
            if (!ask.audience().mayAsk(question.askedOf())) {
                continue;
            }
            Decision.MissingFact before = found[fact.rank()];
            if (before == null) {
                found[fact.rank()] = question;
            } else if (!before.decides().contains(questions.ruleId())) {
                List<String> rules = new ArrayList<>(before.decides());
                rules.add(questions.ruleId());
                found[fact.rank()] = new Decision.MissingFact(fact.id(), before.type(), before.question(),
                        before.askedOf(), rules);
            }
        }
    }

    static CompiledRuleSet load(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new SourceFile(folder.relativize(p).toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        CompiledRuleSet compiled = RuleSetLoader.load(files, problems);
        assertThat(problems.hasErrors()).isFalse();
        return compiled;
    }
}
