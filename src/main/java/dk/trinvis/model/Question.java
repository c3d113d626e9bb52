package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one question an interview asks next: a fact, how to answer it, and why it is asked.
 *
 * @param fact     the fact's id, the name under which the answer goes back in the request
 * @param type     its type: {@code boolean}, {@code integer}, {@code string} or {@code date}
 * @param values   the allowed answers: {@code true}/{@code false} for a boolean, the listed values
 *                 of a string fact; empty when any value of the type is allowed
 * @param min      the smallest allowed integer, or null
 * @param max      the largest allowed integer, or null
 * @param question the question in the request's language, or null when the rule set has none
 * @param askedOf  who answers it
 * @param decides  the rules its answer can decide, e.g. {@code ExemptionGround:sprog} or {@code Step:uden-mitid}
 * @param services the services whose answer it can change, in the order asked about
 */
@NullMarked
@JsonPropertyOrder({"fact", "type", "values", "min", "max", "question", "askedOf", "decides", "services"})
public record Question(String fact, String type, List<String> values, @Nullable Long min, @Nullable Long max, @Nullable String question,
                       Audience askedOf, List<String> decides, List<String> services) {
    /** Copies the lists so the record stays immutable. */
    public Question {
        values = List.copyOf(values);
        decides = List.copyOf(decides);
        services = List.copyOf(services);
    }
}
