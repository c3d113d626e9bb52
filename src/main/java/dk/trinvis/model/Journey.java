package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.trinvis.internal.util.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import dk.trinvis.internal.util.CopenhagenTime;
import java.util.List;

/**
 * A life event worked through: for each of its services the channel decision, the guide and the
 * deadline counted from the event date, and one interview shared by every service, so a fact is
 * asked once.
 *
 * @param event            the life event's id
 * @param title            its name
 * @param description      its explanation, or null
 * @param dateLabel        what the event date is, e.g. "the child's date of birth", or null
 * @param eventDate        the event date deadlines count from
 * @param municipality     municipality code
 * @param municipalityName municipality name
 * @param language         the requested language
 * @param services         the services, in the event's order
 * @param interview        the shared interview: the decision and guide of each service are in
 *                         {@link #services}, so the interview carries only its state
 */
@NullMarked
@JsonPropertyOrder({"event", "title", "description", "dateLabel", "eventDate", "municipality", "municipalityName",
    "language", "services", "interview"})
public record Journey(String event, LocalText title, @Nullable LocalText description, @Nullable LocalText dateLabel, LocalDate eventDate,
                      String municipality, String municipalityName, Language language, List<Item> services,
                      Interview interview) {

    /** Copies the list so the record stays immutable. */
    public Journey {
        services = List.copyOf(services);
    }

    /** The journey as pretty-printed JSON. */
    public String toJson() {
        return Json.write(this);
    }

    /**
     * One service of the journey.
     *
     * @param service  service id
     * @param title    its name in the request's language
     * @param deadline when it must be done by, or null when the rule set gives no deadline
     * @param decision its channel decision
     * @param guide    its guide, or null when the service has no guide
     */
    @JsonPropertyOrder({"service", "title", "deadline", "decision", "guide"})
    public record Item(String service, LocalText title, @Nullable Deadline deadline, Decision decision,
                       @Nullable ResolvedGuide guide) {
    }

    /**
     * A deadline counted from the event date.
     *
     * @param date   the last day
     * @param rule   the rule in words, e.g. "within 6 months of the birth"
     * @param source where the rule is documented, or null
     * @param passed whether the last day was over at the moment decided for (a journey may be
     *               worked through after the event, e.g. a child named late)
     */
    @JsonPropertyOrder({"date", "rule", "source", "passed"})
    public record Deadline(LocalDate date, LocalText rule, @Nullable String source, boolean passed) {
        /** A deadline as seen at a moment: passed when its last day is before the moment's day. */
        public static Deadline at(LocalDate date, LocalText rule, @Nullable String source, OffsetDateTime moment) {
            return new Deadline(date, rule, source,
                    date.isBefore(moment.atZoneSameInstant(CopenhagenTime.ZONE).toLocalDate()));
        }
    }
}
