package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.trinvis.model.Contact;
import dk.trinvis.model.Effect;
import dk.trinvis.model.HelpType;
import dk.trinvis.util.Json;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to a {@link DecisionRequest}: which channel, whether an alternative applies and
 * why, what help there is now, which facts would still change the answer, and the trace of
 * every rule considered. Immutable; {@link #toJson()} gives the stable JSON form.
 *
 * @param service           the service id asked about
 * @param municipality      the municipality code asked about
 * @param requirement       what the law or local policy requires
 * @param until             when an outage ends (only with {@link Requirement#UNAVAILABLE})
 * @param channel           the channel to use; null while the service is unavailable
 * @param alternative       the strongest alternative a matched ground gives
 * @param grounds           the exemption grounds that matched
 * @param consideredGrounds the grounds that did not, with why
 * @param help              help offers for this municipality and service, most useful now first
 * @param missingFacts      facts not given that could change the answer
 * @param trace             every rule considered, in order
 * @param receipt           what identifies the decision for replay
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"service", "municipality", "requirement", "until", "channel", "alternative", "grounds",
    "consideredGrounds", "help", "missingFacts", "trace", "receipt"})
public record Decision(String service, String municipality, Requirement requirement,
                       @JsonSerialize(using = ToStringSerializer.class) OffsetDateTime until, Channel channel,
                       Effect alternative, List<MatchedGround> grounds, List<ConsideredGround> consideredGrounds,
                       List<Help> help, List<MissingFact> missingFacts, List<TraceEntry> trace, Receipt receipt) {

    /** Copies the lists so the record stays immutable. */
    public Decision {
        grounds = List.copyOf(grounds);
        consideredGrounds = List.copyOf(consideredGrounds);
        help = List.copyOf(help);
        missingFacts = List.copyOf(missingFacts);
        trace = List.copyOf(trace);
    }

    /** The decision as pretty-printed JSON, byte-identical for the same request and rule set. */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * An exemption ground that matched.
     *
     * @param id       ground id
     * @param title    its name in the request's language
     * @param effect   what it gives
     * @param legal    its legal basis
     * @param location where it is declared (file:line:column)
     */
    public record MatchedGround(String id, String title, Effect effect, String legal, String location) {
    }

    /**
     * An exemption ground that did not match.
     *
     * @param id      ground id
     * @param effect  what it would have given
     * @param outcome {@code not-matched}, {@code unknown}, {@code not-in-force} or {@code area-excluded}
     * @param reason  a sentence in the request's language
     */
    public record ConsideredGround(String id, Effect effect, String outcome, String reason) {
    }

    /**
     * A help offer as it stands at the moment of the decision.
     *
     * @param id           offer id
     * @param type         how it reaches the citizen
     * @param name         its name in the request's language
     * @param contact      how to reach it
     * @param guidanceOnly whether it only guides
     * @param openNow      whether it is open at the moment of the decision
     * @param nextOpening  when it next opens, or null if not within a year (or always open)
     */
    public record Help(String id, HelpType type, String name, Contact contact, boolean guidanceOnly, boolean openNow,
                       @JsonSerialize(using = ToStringSerializer.class) OffsetDateTime nextOpening) {
    }

    /**
     * A fact that would change the answer, with the question a portal can ask.
     *
     * @param id       fact id
     * @param type     its type: boolean, integer, string or date
     * @param question the question in the request's language, or null
     */
    public record MissingFact(String id, String type, String question) {
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
    public record TraceEntry(String rule, String location, String legal, String outcome, String text) {
    }

    /**
     * What identifies a decision, so it can be replayed and compared.
     *
     * @param ruleSetHash SHA-256 of the rule set's files
     * @param at          the moment decided for, with Copenhagen offset
     * @param lang        the language of the answer
     * @param facts       the facts given, by name
     */
    public record Receipt(String ruleSetHash, @JsonSerialize(using = ToStringSerializer.class) OffsetDateTime at,
                          String lang, java.util.Map<String, Object> facts) {
    }
}
