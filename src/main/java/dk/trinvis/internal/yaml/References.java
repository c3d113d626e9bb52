package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.internal.util.DidYouMean;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reports references to areas, services and municipalities that are not declared. */
final class References {
    /** The kind that declares each word of the phrase books' {@code noun.} words. */
    private static final Map<String, String> KINDS = Map.of("area", "Area", "service", "Service",
            "municipality", "Municipality", "authority", "Authority", "helpOffer", "HelpOffer", "fact", "Facts");

    private final Problems problems;
    private final Set<String> areas;
    private final Set<String> services;
    private final Set<String> municipalities;

    References(Problems problems, Set<String> areas, Set<String> services, Set<String> municipalities) {
        this.problems = problems;
        this.areas = areas;
        this.services = services;
        this.municipalities = municipalities;
    }

    void area(String id, Location at) {
        check(id, areas, "area", at);
    }

    void areas(List<String> ids, Location at) {
        ids.forEach(id -> area(id, at));
    }

    void service(String id, Location at) {
        check(id, services, "service", at);
    }

    void services(List<String> ids, Location at) {
        ids.forEach(id -> service(id, at));
    }

    void municipality(String code, Location at) {
        check(code, municipalities, "municipality", at);
    }

    void municipalities(List<String> codes, Location at) {
        codes.forEach(code -> municipality(code, at));
    }

    private void check(String id, Set<String> known, String what, Location at) {
        if (id != null && !known.contains(id)) {
            problems.error(Codes.REFERENCE, at, unknown(what, id, known));
        }
    }

    /** An id that names nothing declared; {@code what} is a word under {@code noun.}, e.g. {@code helpOffer}. */
    static Phrase unknown(String what, String id, Set<String> known) {
        String close = DidYouMean.closest(id, known).orElse(null);
        return close != null ? Phrase.of("reference.unknown.close", what, id, close)
                : Phrase.of("reference.unknown", what, id, KINDS.getOrDefault(what, what));
    }
}
