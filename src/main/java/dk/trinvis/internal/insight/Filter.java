package dk.trinvis.internal.insight;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which events a report counts; empty sets mean all.
 *
 * @param municipalities municipality codes
 * @param services       service ids
 * @param sources        sources by JSON spelling: decision, guide, interview, journey
 * @param from           the first month counted, {@code yyyy-mm}, or null
 * @param to             the last month counted, {@code yyyy-mm}, or null
 */
public record Filter(Set<String> municipalities, Set<String> services, Set<String> sources, @Nullable String from,
                     @Nullable String to) {
    /** Everything. */
    public static final Filter ALL = new Filter(Set.of(), Set.of(), Set.of(), null, null);

    /** Copies the sets. */
    public Filter {
        municipalities = Set.copyOf(municipalities);
        services = Set.copyOf(services);
        sources = Set.copyOf(sources);
    }

    boolean admits(ParsedEvent e, String month) {
        return (municipalities.isEmpty() || municipalities.contains(e.municipality))
                && (services.isEmpty() || services.contains(e.service))
                && (sources.isEmpty() || sources.contains(Vocabulary.SOURCES[e.source]))
                && (from == null || month.compareTo(from) >= 0)
                && (to == null || month.compareTo(to) <= 0);
    }
}
