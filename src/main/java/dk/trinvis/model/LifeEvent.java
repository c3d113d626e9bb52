package dk.trinvis.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A life event with the services a portal proposes together, e.g. a new child.
 *
 * @param id          the event's id
 * @param title       its name
 * @param description explanation, or null
 * @param services    the services, in the order to propose them
 * @param date        what the event date is, e.g. "the child's date of birth", or null
 * @param deadlines   deadlines counted from the event date, by service id; a service without one has none
 * @param location    where it is declared
 */
@NullMarked
public record LifeEvent(String id, Text title, @Nullable Text description, List<String> services, @Nullable Text date,
                        Map<String, Deadline> deadlines, Location location) {
    /** Copies the collections so the record stays immutable, keeping the written order. */
    public LifeEvent {
        services = List.copyOf(services);
        deadlines = Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
    }

    /**
     * A deadline for one service, counted from the event date: the last day is the event date
     * plus {@code months} and {@code days}.
     *
     * @param months   whole months after the event
     * @param days     days after the event (after the months)
     * @param text     the rule in words, e.g. "within 6 months of the birth"
     * @param source   where the rule is documented, or null
     * @param legal    the provision that sets the deadline, or null
     * @param location where it is declared
     */
    public record Deadline(int months, int days, Text text, @Nullable String source, @Nullable Legal legal,
                           Location location) {
        /** The last day for an event on {@code eventDate}. */
        public LocalDate lastDay(LocalDate eventDate) {
            return eventDate.plusMonths(months).plusDays(days);
        }
    }
}
