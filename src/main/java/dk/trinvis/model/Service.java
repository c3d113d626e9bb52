package dk.trinvis.model;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A public service a citizen applies for or reports to.
 *
 * @param id                 the service id
 * @param title              its name
 * @param area               the id of its area
 * @param legal              its legal basis
 * @param selfService        the self-service solution, or null
 * @param exemptionAuthority who decides exemptions (overrides the area's), or null
 * @param authority          id of the authority that processes non-digital requests (overrides the area's), or null
 * @param digital            whether a digital self-service exists at all; false for services applied for
 *                           only in person, by proxy or in writing (such as exemption from Digital Post)
 * @param mandatoryDigital   the periods in which digital self-service is mandatory by law
 * @param description        a short description, or null
 * @param location           where it is declared
 */
@NullMarked
public record Service(String id, Text title, String area, @Nullable Legal legal, @Nullable Link selfService,
                      @Nullable Text exemptionAuthority, @Nullable String authority, boolean digital,
                      List<Period> mandatoryDigital, @Nullable Text description,
                      Location location) {
    /** Copies the list so the record stays immutable. */
    public Service {
        mandatoryDigital = List.copyOf(mandatoryDigital);
    }
}
