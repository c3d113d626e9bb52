package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one page an interview asks next: a single fact, or a group of yes/no facts ("which of these
 * apply to you?"), with how to answer it and why it is asked.
 *
 * <p>A single fact has {@code fact} set and {@code group} null; its answer goes back in the request
 * under {@code fact}, or, when {@code dontKnow} is true and the citizen does not know, in
 * {@link DecisionRequest#dontKnow()}.
 *
 * <p>A group has {@code group} set, {@code fact} null and {@code type} {@code "group"}; {@code facts}
 * lists the members to show (those still unanswered whose answer can still change something), each
 * a checkbox labelled with its own question. Checked members go back {@code true}, the others
 * {@code false}; {@code none} is the choice that answers every shown member {@code false}. A member
 * whose {@code dontKnow} is true may instead be answered "ved ikke" (docs/rule-set-format.md, groups).
 *
 * @param fact     the fact's id, the name under which the answer goes back; null for a group
 * @param group    the group's id; null for a single fact
 * @param type     the fact's type: {@code boolean}, {@code integer}, {@code string} or {@code date}; {@code group}
 *                 for a group
 * @param values   the allowed answers: {@code true}/{@code false} for a boolean, the listed values
 *                 of a string fact; empty when any value of the type is allowed, and for a group
 * @param min      the smallest allowed integer, or null
 * @param max      the largest allowed integer, or null
 * @param question the question in the request's language (a group's own question), or null when the
 *                 rule set has none
 * @param none     a group's "none of these" choice in the request's language; null for a single fact
 * @param dontKnow whether the single fact may be answered "ved ikke" (don't know); false for a group,
 *                 whose members each say it
 * @param facts    a group's members to show, in the group's order; empty for a single fact
 * @param askedOf  who answers it
 * @param decides  the rules its answer can decide, e.g. {@code ExemptionGround:sprog} or {@code Step:uden-mitid}
 * @param services the services whose answer it can change, in the order asked about
 */
@NullMarked
@JsonPropertyOrder({"fact", "group", "type", "values", "min", "max", "question", "none", "dontKnow", "facts", "askedOf",
    "decides", "services"})
public record Question(@Nullable String fact, @Nullable String group, String type, List<String> values, @Nullable Long min,
                       @Nullable Long max, @Nullable String question, @Nullable String none, boolean dontKnow,
                       List<Member> facts, Audience askedOf, List<String> decides, List<String> services) {
    /** The {@code type} of a group question. */
    public static final String GROUP = "group";

    /** Copies the lists so the record stays immutable. */
    public Question {
        values = List.copyOf(values);
        facts = List.copyOf(facts);
        decides = List.copyOf(decides);
        services = List.copyOf(services);
    }

    /** A question about a single fact that cannot be answered "don't know". */
    public Question(String fact, String type, List<String> values, @Nullable Long min, @Nullable Long max,
                    @Nullable String question, Audience askedOf, List<String> decides, List<String> services) {
        this(fact, null, type, values, min, max, question, null, false, List.of(), askedOf, decides, services);
    }

    /**
     * One member of a group question, shown as a checkbox.
     *
     * @param fact     the member fact's id
     * @param question its own question in the request's language (the checkbox label), or null
     * @param type     its type, always {@code boolean}
     * @param dontKnow whether it may be answered "ved ikke" (don't know)
     */
    @JsonPropertyOrder({"fact", "question", "type", "dontKnow"})
    public record Member(String fact, @Nullable String question, String type, boolean dontKnow) {
    }
}
