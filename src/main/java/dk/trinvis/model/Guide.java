package dk.trinvis.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A step-by-step (trin-for-trin) guide for a service, national or a municipal overlay.
 *
 * @param service        the service it guides
 * @param municipality   the municipality code of a local overlay, or null for the national guide
 * @param title          its title, or null for the service's title
 * @param intro          introduction, or null
 * @param ready          what the citizen should have ready; for an overlay the national list followed by its own
 * @param processingTime sagsbehandlingstid, or null
 * @param legal          legal basis, or null; for an overlay the national basis followed by its own
 * @param links          links with context text
 * @param steps          the steps in order
 * @param removals       in a municipal overlay: national steps it takes away, each with a reason
 * @param location       where it is declared
 */
@NullMarked
public record Guide(String service, @Nullable String municipality, @Nullable Text title, @Nullable Text intro,
                    List<Text> ready, @Nullable Text processingTime, @Nullable Legal legal, List<Link> links,
                    List<Step> steps, List<Removal> removals, Location location) {
    /** Copies the lists so the record stays immutable. */
    public Guide {
        ready = List.copyOf(ready);
        links = List.copyOf(links);
        steps = List.copyOf(steps);
        removals = List.copyOf(removals);
    }

    /** The id of every step, at any depth. */
    public Set<String> stepIds() {
        Set<String> ids = new LinkedHashSet<>();
        collect(steps, ids);
        return ids;
    }

    private static void collect(List<Step> steps, Set<String> ids) {
        for (Step s : steps) {
            ids.add(s.id());
            collect(s.steps(), ids);
            collect(s.oneOf(), ids);
        }
    }

    /** Whether this is a municipality's overlay on the national guide. */
    public boolean overlay() {
        return municipality != null;
    }

    /**
     * A national step a municipal overlay takes away.
     *
     * @param step     the id of the national step
     * @param reason   why citizens of this municipality do not need it
     * @param location where it is declared
     */
    public record Removal(String step, Text reason, Location location) {
    }
}
