package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Who processes a service's non-digital requests: the municipality, Udbetaling Danmark, the
 * police, Familieretshuset, the parish registrar, and so on.
 *
 * @param id        the authority's id
 * @param name      its name; for a municipal authority a generic name such as "Kommunen"
 * @param contact   how to reach it
 * @param municipal whether it is the citizen's own municipality, whose help offers that can
 *                  {@code process} act for it
 * @param offers    ids of help offers that process requests for it (besides a municipality's own)
 * @param legal     the law that makes it responsible, or null
 * @param location  where it is declared
 */
@NullMarked
public record Authority(String id, Text name, Contact contact, boolean municipal, List<String> offers,
                        @Nullable Legal legal, Location location) {
    /** Copies the list so the record stays immutable. */
    public Authority {
        offers = List.copyOf(offers);
    }
}
