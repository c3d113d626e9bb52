package dk.trinvis.internal.compiled;

import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.expr.Type;
import dk.trinvis.model.Fact;
import dk.trinvis.internal.util.Names;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names a {@code when:} expression may use, typed. */
public final class Scopes {
    private Scopes() {
    }

    /** Names available to exemption grounds and assist rules. */
    public static Scope rules(Collection<Fact> facts, Set<String> areas, Set<String> services, Set<String> codes) {
        return builder(facts, areas, services, codes).build();
    }

    /** Names available to guide steps: the rule names plus the decision. */
    public static Scope guides(Collection<Fact> facts, Set<String> areas, Set<String> services, Set<String> codes) {
        return builder(facts, areas, services, codes)
                .name(Names.DECISION_REQUIREMENT, Type.STRING, Set.copyOf(Names.REQUIREMENTS))
                .name(Names.DECISION_CHANNEL, Type.STRING, Set.copyOf(Names.CHANNELS))
                .name(Names.DECISION_ALTERNATIVE, Type.STRING, Set.copyOf(Names.ALTERNATIVES))
                .build();
    }

    private static Scope.Builder builder(Collection<Fact> facts, Set<String> areas, Set<String> services,
                                         Set<String> codes) {
        Scope.Builder b = Scope.builder();
        for (Fact f : facts) {
            Type type = Type.valueOf(f.type().name());
            if (f.values().isEmpty()) {
                b.name(Names.citizen(f.id()), type);
            } else {
                b.name(Names.citizen(f.id()), type, new LinkedHashSet<>(f.values()));
            }
        }
        return b.name(Names.SERVICE_ID, Type.STRING, services)
                .name(Names.SERVICE_AREA, Type.STRING, areas)
                .name(Names.MUNICIPALITY_CODE, Type.STRING, codes);
    }
}
