package dk.trinvis;

import dk.trinvis.internal.decide.DecisionEngine;
import dk.trinvis.internal.lint.Lint;
import dk.trinvis.internal.plan.Plans;
import dk.trinvis.internal.guide.GuideResolver;
import dk.trinvis.internal.interview.Interviewer;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.TrinvisException;
import dk.trinvis.internal.compiled.CompiledRuleSet;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.internal.yaml.RuleSetFiles;
import dk.trinvis.internal.yaml.Release;
import dk.trinvis.internal.yaml.RuleSetLoader;
import dk.trinvis.internal.yaml.SourceFile;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * A loaded, immutable rule set: the entry point of Trinvis. Thread-safe; load once and share.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.bundled();              // the Danish rule set shipped in the jar
 * RuleSet local = RuleSet.load(Path.of("guides")); // or a folder of YAML files
 * }</pre>
 */
public final class RuleSet {
    /** Where the bundled rule set lies on the class path. */
    static final String BUNDLED_RESOURCE = "/dk/trinvis/guides";

    private final CompiledRuleSet compiled;
    private final DecisionEngine engine;
    private final GuideResolver guides;
    private final Interviewer interviewer;
    /** Told of every answer; null when nobody listens, which costs one null check per call. */
    private final @Nullable DecisionListener listener;

    private RuleSet(CompiledRuleSet compiled) {
        this.compiled = compiled;
        Plans plans = new Plans(compiled);
        this.engine = new DecisionEngine(plans);
        this.guides = new GuideResolver(compiled, plans.implications());
        this.interviewer = new Interviewer(compiled, plans, engine, guides);
        this.listener = null;
    }

    private RuleSet(RuleSet rules, DecisionListener listener) {
        this.compiled = rules.compiled;
        this.engine = rules.engine;
        this.guides = rules.guides;
        this.interviewer = rules.interviewer;
        this.listener = listener;
    }

    /**
     * The same rule set, telling the listener of every answer it gives (after any listener this one
     * already has). Cheap: the rules, plans and caches are shared, not copied, so a server may call
     * this per request on {@link RuleSetHolder#current()}. This rule set itself is not changed.
     */
    public RuleSet withListener(DecisionListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new RuleSet(this, this.listener == null ? listener : this.listener.andThen(listener));
    }

    /**
     * Loads every {@code *.yaml}/{@code *.yml} file under the folder. All or nothing: any error
     * throws a {@link RuleSetException} listing every problem found, with file:line:column.
     *
     * <p>A folder made by {@code trinvis release} is verified first: its id, its manifest and
     * every file's SHA-256; a release changed in any byte is refused. Decisions of a release name
     * its id in their receipt.
     */
    public static RuleSet load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return load(folder, new Problems(), files -> { });
    }

    /**
     * Loads the folder, handing the files to {@code read} as they were read ({@link RuleSetHolder}
     * keeps them to tell a file written only in part at the next reload).
     */
    static RuleSet load(Path folder, Problems problems, Consumer<List<SourceFile>> read) {
        Release.Manifest release = Release.is(folder) ? Release.manifest(folder, problems) : null;
        if (problems.hasErrors()) {
            throw new RuleSetException(problems.sorted());
        }
        List<SourceFile> files = RuleSetFiles.read(folder, problems);
        read.accept(files);
        if (release != null && !problems.hasErrors()) {
            // The very bytes that are loaded are the ones verified.
            release.verify(folder, files, problems);
        }
        return new RuleSet(RuleSetLoader.load(files, problems, release == null ? null : release.id()));
    }

    /** The id of the release this rule set was loaded from, or null when it was not loaded from one. */
    public @Nullable String release() {
        return compiled.release();
    }

    /**
     * Loads the Danish rule set bundled in the Trinvis jar. Each call loads it anew, so keep
     * the result rather than calling this per request.
     */
    public static RuleSet bundled() {
        URL url = RuleSet.class.getResource(BUNDLED_RESOURCE);
        if (url == null) {
            throw new TrinvisException("the bundled rule set is missing from the class path (" + BUNDLED_RESOURCE + ")");
        }
        Problems problems = new Problems();
        List<SourceFile> files;
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    files = RuleSetFiles.read(file, BUNDLED_RESOURCE.substring(1) + "/", problems);
                }
            } else {
                files = RuleSetFiles.read(Path.of(url.toURI()), problems);
            }
        } catch (URISyntaxException | IOException e) {
            throw new TrinvisException("cannot read the bundled rule set: " + e.getMessage(), e);
        }
        return new RuleSet(RuleSetLoader.load(files, problems));
    }

    /**
     * Decides which channel the citizen uses, and why. A request without a moment is decided
     * for now.
     *
     * @throws RequestException if the request names an unknown service, municipality or fact,
     *                          or gives a fact a value of the wrong type
     */
    public Decision decide(DecisionRequest request) {
        return decide(request, Clock.systemUTC());
    }

    /** Decides with the clock that tells "now" for requests without a moment. */
    public Decision decide(DecisionRequest request, Clock clock) {
        Decision decision = decideQuietly(request, clock);
        if (listener != null) {
            listener.decided(DecisionEvent.of(decision, DecisionEvent.Source.DECISION, request.explain()));
        }
        return decision;
    }

    private Decision decideQuietly(DecisionRequest request, Clock clock) {
        Objects.requireNonNull(request, "request");
        // The clock only for requests without a moment: reading it allocates.
        return engine.decide(request, request.at() != null ? request.at() : clock.instant());
    }

    /**
     * The step-by-step guide for the request: the decision, the steps that apply to this
     * citizen in order, and the help block. Render it with {@code dk.trinvis.render}.
     *
     * @throws RequestException as {@link #decide(DecisionRequest)}, or when the service has no guide
     */
    public ResolvedGuide guide(DecisionRequest request) {
        return guide(request, Clock.systemUTC());
    }

    /** The guide, with the clock that tells "now" for requests without a moment. */
    public ResolvedGuide guide(DecisionRequest request, Clock clock) {
        Decision decision = decideQuietly(request, clock);
        ResolvedGuide guide = guides.resolve(decision, decision.receipt().facts(), request.language(), request.audience());
        if (listener != null) {
            listener.decided(DecisionEvent.of(decision, DecisionEvent.Source.GUIDE, request.explain()));
        }
        return guide;
    }

    /**
     * The one page to ask next, a single fact or a group of yes/no facts, so that the fewest pages
     * are expected to settle the decision and the guide. The answers so far are the request's facts
     * and "don't know" answers; going back or changing an answer is just another request. Only facts
     * the request's audience can answer are asked, never one the answers imply, never one answered
     * "don't know".
     *
     * <pre>{@code
     * Interview i = rules.interview(DecisionRequest.of("flytning", "0615").fact("hasMitID", true));
     * if (!i.done()) ask(i.next());   // a fact, or a group (next().group(), next().facts()); then again
     * }</pre>
     *
     * @throws RequestException as {@link #decide(DecisionRequest)}
     */
    public Interview interview(DecisionRequest request) {
        return interview(request, Clock.systemUTC());
    }

    /** The interview, with the clock that tells "now" for requests without a moment. */
    public Interview interview(DecisionRequest request, Clock clock) {
        Objects.requireNonNull(request, "request");
        Interview interview = interviewer.interview(request, clock.instant());
        if (listener != null && interview.decision() != null) {
            listener.decided(DecisionEvent.of(interview.decision(), DecisionEvent.Source.INTERVIEW, request.explain(),
                    DecisionEvent.InterviewStep.of(interview, request.facts().size() + request.dontKnow().size())));
        }
        return interview;
    }

    /**
     * A life event worked through: for each of its services the decision, the guide and the
     * deadline counted from the event date, and one interview shared by all of them.
     *
     * @param lifeEvent the life event's id, e.g. {@code ny-foraelder}
     * @throws RequestException for an unknown life event, municipality or fact
     */
    public Journey journey(String lifeEvent, JourneyRequest request) {
        return journey(lifeEvent, request, Clock.systemUTC());
    }

    /** The journey, with the clock that tells "now" for requests without a moment. */
    public Journey journey(String lifeEvent, JourneyRequest request, Clock clock) {
        Objects.requireNonNull(lifeEvent, "lifeEvent");
        Objects.requireNonNull(request, "request");
        Journey journey = interviewer.journey(lifeEvent, request, clock.instant());
        if (listener != null) {
            DecisionEvent.InterviewStep step = DecisionEvent.InterviewStep.of(journey.interview(), request.facts().size());
            for (Journey.Item item : journey.services()) {
                listener.decided(DecisionEvent.of(item.decision(), DecisionEvent.Source.JOURNEY, true, step));
            }
        }
        return journey;
    }

    /** The rule set's records, for tools that list services, municipalities or help offers. */
    public RuleSetModel model() {
        return compiled.model();
    }

    /** SHA-256 over the loaded files: what decision receipts name the rule set by. */
    public String contentHash() {
        return compiled.contentHash();
    }

    /** Problems that did not stop the load. */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /**
     * Lint: what loads but is probably not what the editor meant (unreachable steps, services
     * without guides, hours that never open, untranslated text, …), sorted by location, each
     * with a stable code ({@code dk.trinvis.check.LintCodes}); documents' {@code lint: {ignore:}} applied.
     *
     * @param clock what "today" is when judging {@code reviewBy} dates
     */
    public List<Problem> lint(Clock clock) {
        return lint(clock, false);
    }

    /**
     * Lint as {@link #lint(Clock)}; when {@code strict}, also what is still valid but outdated, such
     * as a legal reference written as a plain string (TRV118), which {@code check --strict} reports.
     */
    public List<Problem> lint(Clock clock, boolean strict) {
        return new Lint(clock, strict).lint(compiled);
    }
}
