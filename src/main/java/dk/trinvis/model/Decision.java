package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.trinvis.model.Effect;
import dk.trinvis.model.HelpType;
import dk.trinvis.internal.util.DeferredList;
import dk.trinvis.internal.util.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link DecisionRequest}: which channel, whether an alternative applies and
 * why, what help there is now, which facts would still change the answer, and the trace of
 * every rule considered. Immutable; {@link #toJson()} gives the stable JSON form. Sentences of
 * the trace and of the considered grounds that depend on the request are made when first read,
 * from any thread, and read the same every time: a caller that never reads them does not pay for them.
 *
 * @param service           the service id asked about
 * @param municipality      the municipality code asked about
 * @param requirement       what the law or local policy requires
 * @param until             when an outage ends (only with {@link Requirement#UNAVAILABLE})
 * @param channel           the channel to use; null while the service is unavailable
 * @param alternative       the strongest alternative a matched ground gives
 * @param authority         who processes a non-digital request for the service, or null when the
 *                          rule set does not say
 * @param grounds           the exemption grounds that matched
 * @param consideredGrounds the grounds that did not, with why
 * @param help              help offers for this municipality and service, most useful now first
 * @param missingFacts      facts not given that could change the answer
 * @param trace             every rule considered, in order
 * @param receipt           what identifies the decision for replay
 */
@NullMarked
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"service", "municipality", "requirement", "until", "channel", "alternative", "authority",
    "grounds", "consideredGrounds", "help", "missingFacts", "trace", "receipt"})
public record Decision(String service, String municipality, Requirement requirement,
                       @JsonSerialize(using = ToStringSerializer.class) @Nullable OffsetDateTime until,
                       @Nullable Channel channel, Effect alternative, @Nullable Responsible authority, List<MatchedGround> grounds, List<ConsideredGround> consideredGrounds,
                       List<Help> help, List<MissingFact> missingFacts, List<TraceEntry> trace, Receipt receipt) {

    /** Copies the lists so the record stays immutable. */
    public Decision {
        grounds = List.copyOf(grounds);
        consideredGrounds = DeferredList.is(consideredGrounds) ? consideredGrounds : List.copyOf(consideredGrounds);
        help = List.copyOf(help);
        missingFacts = List.copyOf(missingFacts);
        // The engine's trace is already unmodifiable, and may make its sentences when first read.
        trace = DeferredList.is(trace) ? trace : List.copyOf(trace);
    }

    /** The decision as pretty-printed JSON, byte-identical for the same request and rule set. */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * The authority responsible for a non-digital request, and the help offers that can process
     * it for the citizen at the moment (never offers that only guide, such as volunteers).
     *
     * @param id          authority id
     * @param name        its name; a municipal authority is named by the citizen's municipality
     * @param contact     how to reach it
     * @param processedBy ids of the help offers that can process a request now
     */
    public record Responsible(String id, String name, Contact contact, List<String> processedBy) {
        /** Copies the list so the record stays immutable. */
        public Responsible {
            processedBy = List.copyOf(processedBy);
        }
    }

    /**
     * An exemption ground that matched.
     *
     * @param id       ground id
     * @param title    its name in the request's language
     * @param reason   why it lets the citizen use another way, said to the citizen in the request's
     *                 language: the ground's {@code reason}, else its title
     * @param effect   what it gives
     * @param legal    its legal basis
     * @param location where it is declared (file:line:column)
     */
    public record MatchedGround(String id, String title, String reason, Effect effect, @Nullable Legal legal,
                                String location) {
    }

    /**
     * An exemption ground that did not match.
     *
     * @param id      ground id
     * @param effect  what it would have given
     * @param outcome {@code not-matched}, {@code unknown}, {@code not-in-force} or {@code area-excluded}
     * @param reason  a sentence in the request's language
     */
    public record ConsideredGround(String id, Effect effect, Outcome outcome, String reason) {
    }

    /**
     * A help offer as it stands at the moment of the decision.
     *
     * @param id           offer id
     * @param type         how it reaches the citizen
     * @param name         its name in the request's language
     * @param contact     how to reach it
     * @param can         what it can do: only offers that can {@code process} handle a case
     * @param openNow     true or false by its hours, or null when its hours are not known
     * @param hours       the opening_hours text in force, or {@code unknown}
     * @param closesAt    when it closes, if open now; null if not known within a year
     * @param nextOpening when it next opens, if closed now; null if not known within a year
     */
    @JsonPropertyOrder({"id", "type", "name", "contact", "can", "openNow", "hours", "closesAt", "nextOpening"})
    public record Help(String id, HelpType type, String name, Contact contact, Set<Capability> can,
                       @Nullable Boolean openNow, String hours,
                       @JsonSerialize(using = ToStringSerializer.class) @Nullable OffsetDateTime closesAt,
                       @JsonSerialize(using = ToStringSerializer.class) @Nullable OffsetDateTime nextOpening) {
        /** What {@link #hours} says when the hours are not known. */
        public static final String UNKNOWN_HOURS = "unknown";

        /** Keeps the capabilities in their declared order. */
        public Help {
            can = Capabilities.of(can);
        }

        /** Whether it can process a request, not only guide. */
        public boolean processes() {
            return can.contains(Capability.PROCESS);
        }
    }

    /**
     * A fact that would change the answer, with the question a portal can ask.
     *
     * @param id       fact id
     * @param type     its type: boolean, integer, string or date
     * @param question the question in the request's language, or null
     * @param askedOf  who answers it
     * @param decides  the rules its answer can decide, e.g. {@code ExemptionGround:sprog}
     * @param dontKnow true when the citizen answered "ved ikke" (don't know): an interview does not
     *                 ask it again, and the trace says, per rule it leaves undecided, what follows and
     *                 who assesses it with the citizen; left out of the JSON when false
     */
    @JsonPropertyOrder({"id", "type", "question", "askedOf", "decides", "dontKnow"})
    public record MissingFact(String id, String type, @Nullable String question, Audience askedOf,
                              List<String> decides,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean dontKnow) {
        /** Copies the list so the record stays immutable. */
        public MissingFact {
            decides = List.copyOf(decides);
        }

        /** A fact not answered at all. */
        public MissingFact(String id, String type, @Nullable String question, Audience askedOf, List<String> decides) {
            this(id, type, question, askedOf, decides, false);
        }
    }

    /**
     * One rule considered.
     *
     * @param rule     {@code kind:id}, e.g. {@code ExemptionGround:digital-post-fritaget}
     * @param location where the rule is written (file:line)
     * @param legal    its legal reference, or null
     * @param outcome  what came of it, e.g. {@code applies}, {@code matched}, {@code not-matched}
     * @param text     a sentence in the request's language
     */
    public record TraceEntry(String rule, String location, @Nullable Legal legal, Outcome outcome, String text) {
    }

    /**
     * What identifies a decision, so it can be replayed and compared: the request as decided and
     * the engine and rule set that decided it.
     *
     * @param ruleSetHash   SHA-256 of the rule set's files
     * @param engineVersion the Trinvis version and build commit that decided, e.g. {@code 0.1.0+3f2a9c1d0e4b}
     * @param release       the id of the release the rule set was loaded from, or null when loaded from a folder
     * @param service       the service id asked about
     * @param municipality  the municipality code asked about
     * @param at            the moment decided for, with Copenhagen offset
     * @param lang          the language of the answer
     * @param audience      who the answer is for
     * @param facts         the facts given, by name in sorted order; facts implied by them are not
     *                      here (replaying the receipt implies them again)
     * @param dontKnow      the facts answered "ved ikke" (don't know), sorted; left out of the JSON when
     *                      there are none
     * @param layers        for a rule set loaded in layers, its parts, base first, each with its own hash
     *                      (and release); empty for a rule set from one folder, and then not written
     */
    @JsonPropertyOrder({"ruleSetHash", "engineVersion", "release", "layers", "service", "municipality", "at", "lang",
        "audience", "facts", "dontKnow"})
    public record Receipt(String ruleSetHash, String engineVersion, @Nullable String release,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Layer> layers, String service,
                          String municipality, @JsonSerialize(using = ToStringSerializer.class) OffsetDateTime at,
                          String lang, Audience audience, Map<String, Object> facts,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<String> dontKnow) {
        /**
         * Keeps the facts sorted by name, so the JSON is byte-identical whatever order they came
         * in: a request's facts already are, and are shared, not copied.
         */
        public Receipt {
            facts = SortedFacts.copyOf(facts);
            dontKnow = DecisionRequest.sorted(dontKnow);
            layers = List.copyOf(layers);
        }

        /** The receipt of a decision on a rule set from one folder or release, with no fact answered "don't know". */
        public Receipt(String ruleSetHash, String engineVersion, @Nullable String release, String service,
                       String municipality, OffsetDateTime at, String lang, Audience audience, Map<String, Object> facts) {
            this(ruleSetHash, engineVersion, release, List.of(), service, municipality, at, lang, audience, facts,
                    Set.of());
        }
    }
}
