package dk.trinvis.internal.decide;

import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import dk.trinvis.internal.util.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The values of the rule names in {@link Names} for one request. */
final class RuleNames {
    private RuleNames() {
    }

    /** The value of a rule name for this request, or null when unknown. */
    static Object bind(String name, Map<String, Object> facts, Service service, Municipality municipality) {
        String fact = Names.factId(name);
        if (fact != null) {
            return facts.get(fact);
        }
        return switch (name) {
            case Names.SERVICE_ID -> service.id();
            case Names.SERVICE_AREA -> service.area();
            case Names.MUNICIPALITY_CODE -> municipality.code();
            default -> null;
        };
    }

    /** The fact ids among rule names, in their order. */
    static List<String> factIds(Set<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String fact = Names.factId(n);
            if (fact != null) {
                out.add(fact);
            }
        }
        return out;
    }
}
