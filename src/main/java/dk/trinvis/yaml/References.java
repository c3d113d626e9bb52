package dk.trinvis.yaml;

import dk.trinvis.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.util.DidYouMean;
import java.util.List;
import java.util.Set;

/** Reports references to areas, services and municipalities that are not declared. */
final class References {
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
            String hint = DidYouMean.hint(id, known);
            problems.error(Codes.REFERENCE, at, "unknown " + what + " '" + id + "'",
                    hint != null ? hint : "declare it with 'kind: " + kindOf(what) + "' or fix the reference");
        }
    }

    private static String kindOf(String what) {
        return switch (what) {
            case "area" -> "Area";
            case "service" -> "Service";
            default -> "Municipality";
        };
    }
}
