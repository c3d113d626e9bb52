package dk.trinvis.decide;

import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names a {@code when:} condition can use, and their values for one request. */
final class RuleNames {
    static final String CITIZEN = "citizen.";

    private RuleNames() {
    }

    /** The value of a rule name for this request, or null when unknown. */
    static Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality) {
        if (name.startsWith(CITIZEN)) {
            return facts.get(name.substring(CITIZEN.length()));
        }
        return switch (name) {
            case "service.id" -> service.id();
            case "service.area" -> service.area();
            case "municipality.code" -> municipality.code();
            default -> null;
        };
    }

    /** The fact ids among rule names, in their order. */
    static List<String> factIds(Set<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (n.startsWith(CITIZEN)) {
                out.add(n.substring(CITIZEN.length()));
            }
        }
        return out;
    }
}
