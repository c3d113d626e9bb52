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
import dk.trinvis.internal.compiled.Layers;
import dk.trinvis.internal.yaml.LayerStack;
import dk.trinvis.internal.yaml.SourceFile;
import dk.trinvis.model.Layer;
import dk.trinvis.model.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
     * throws a {@link RuleSetException} listing every problem found, with file:line:column. A folder
     * with a {@code kind: Layer} document is a layer: its base ({@code bundled} or a folder) is loaded
     * first, and base and layer are one rule set whose content hash covers both.
     *
     * <p>A folder made by {@code trinvis release} is verified first: its id, its manifest and
     * every file's SHA-256; a release changed in any byte is refused. Decisions of a release name
     * its id in their receipt (a layer's base may be a release too: the receipt's layers name it).
     */
    public static RuleSet load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return load(folder, files -> { });
    }

    /**
     * Loads the folder, handing each folder's files to {@code read} as they were read ({@link RuleSetHolder}
     * keeps them to tell a file written only in part at the next reload).
     */
    static RuleSet load(Path folder, Consumer<List<SourceFile>> read) {
        return new RuleSet(LayerStack.folder(folder, read));
    }

    /**
     * Loads a layer on another base than the one its {@code kind: Layer} names, e.g. a new release of
     * the national rule set, to see what the update does to it ({@code dk.trinvis.check.BaseUpdate}).
     *
     * @param layer a folder with a {@code kind: Layer}
     * @param base  the base folder, or null for the rule set bundled in Trinvis
     * @throws RuleSetException as {@link #load(Path)}, and when the folder is no layer
     */
    public static RuleSet layerOn(Path layer, @Nullable Path base) {
        Objects.requireNonNull(layer, "layer");
        return new RuleSet(LayerStack.on(layer, base));
    }

    /**
     * Loads a base with layers stacked on it, e.g. the national rule set with every municipality's
     * layer, so one server answers for all of them. Each layer is put on the ones before it; the
     * {@code base:} it names is not read. Two layers may not declare the same id.
     *
     * @param base   the base folder, or null for the rule set bundled in Trinvis
     * @param layers folders with a {@code kind: Layer} each
     * @throws RuleSetException as {@link #load(Path)}, and when a folder is no layer
     */
    public static RuleSet stacked(@Nullable Path base, List<Path> layers) {
        Objects.requireNonNull(layers, "layers");
        return stacked(base, layers, files -> { });
    }

    /** As {@link #stacked(Path, List)}, handing each folder's files to {@code read} as they were read. */
    static RuleSet stacked(@Nullable Path base, List<Path> layers, Consumer<List<SourceFile>> read) {
        return new RuleSet(LayerStack.stacked(base, List.copyOf(layers), read));
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
        return new RuleSet(LayerStack.bundled());
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

    /**
     * The parts the rule set was loaded from, base first: one for a plain folder, the base and the
     * layer (or layers) otherwise. Decision receipts name them.
     */
    public List<Layer> layers() {
        return compiled.layers().layers();
    }

    /**
     * The folders the rule set was read from, base first (the bundled set lies in no folder): what
     * a watcher must watch to see every edit.
     */
    public List<Path> folders() {
        return compiled.layers().folders();
    }

    /**
     * For a layer, the rule set under it loaded on its own (anew, from its folder or the jar): what
     * the layer's tests are run against to see whether they test the layer at all. Empty for a
     * rule set that is no layer.
     *
     * @throws RuleSetException if the base no longer loads
     */
    public Optional<RuleSet> base() {
        List<Layers.Part> parts = compiled.layers().parts();
        Layers.Part top = parts.get(parts.size() - 1);
        if (parts.size() < 2 || top.layer().base() == null) {
            return Optional.empty();
        }
        Path below = parts.get(parts.size() - 2).folder();
        return Optional.of(below == null ? bundled() : load(below));
    }

    /**
     * Whether what is written at the location was read from a layer's base, loaded to work on,
     * rather than from the folders asked for: its warnings and tests are the base's own.
     */
    public boolean fromBase(Location at) {
        return !compiled.layers().own(at);
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
