package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A step-by-step (trin-for-trin) guide for a service, national or a municipal overlay.
 *
 * @param service        the service it guides
 * @param municipality   the municipality code of a local overlay, or null for the national guide
 * @param title          its title, or null for the service's title
 * @param intro          introduction, or null
 * @param ready          what the citizen should have ready
 * @param processingTime sagsbehandlingstid, or null
 * @param legal          legal basis, or null
 * @param links          links with context text
 * @param steps          the steps in order
 * @param location       where it is declared
 */
@NullMarked
public record Guide(String service, @Nullable String municipality, @Nullable Text title, @Nullable Text intro, List<Text> ready,
                    @Nullable Text processingTime, @Nullable String legal, List<Link> links, List<Step> steps, Location location) {
    /** Copies the lists so the record stays immutable. */
    public Guide {
        ready = List.copyOf(ready);
        links = List.copyOf(links);
        steps = List.copyOf(steps);
    }
}
