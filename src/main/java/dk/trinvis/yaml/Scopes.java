package dk.trinvis.yaml;

import dk.trinvis.expr.Scope;
import dk.trinvis.expr.Type;
import dk.trinvis.model.Fact;
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
                .name("decision.requirement", Type.STRING, Set.copyOf(Schema.REQUIREMENTS))
                .name("decision.channel", Type.STRING, Set.copyOf(Schema.CHANNELS))
                .name("decision.alternative", Type.STRING, Set.copyOf(Schema.ALTERNATIVES))
                .build();
    }

    private static Scope.Builder builder(Collection<Fact> facts, Set<String> areas, Set<String> services,
                                         Set<String> codes) {
        Scope.Builder b = Scope.builder();
        for (Fact f : facts) {
            Type type = Type.valueOf(f.type().name());
            if (f.values().isEmpty()) {
                b.name("citizen." + f.id(), type);
            } else {
                b.name("citizen." + f.id(), type, new LinkedHashSet<>(f.values()));
            }
        }
        return b.name("service.id", Type.STRING, services)
                .name("service.area", Type.STRING, areas)
                .name("municipality.code", Type.STRING, codes);
    }
}
