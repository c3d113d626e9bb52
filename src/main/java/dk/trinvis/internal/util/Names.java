package dk.trinvis.internal.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names a {@code when:} condition may use, and the values of the decision names: one place for
 * the loader's scopes, the engine's bindings and the linter's search.
 */
public final class Names {
    /** Prefix of a fact's name: {@code citizen.<fact id>}. */
    public static final String CITIZEN = "citizen.";
    /** The service's id. */
    public static final String SERVICE_ID = "service.id";
    /** The service's area. */
    public static final String SERVICE_AREA = "service.area";
    /** The municipality's code. */
    public static final String MUNICIPALITY_CODE = "municipality.code";
    /** The decision's requirement; guide steps only. */
    public static final String DECISION_REQUIREMENT = "decision.requirement";
    /** The decision's channel; guide steps only. */
    public static final String DECISION_CHANNEL = "decision.channel";
    /** The decision's alternative; guide steps only. */
    public static final String DECISION_ALTERNATIVE = "decision.alternative";

    /** Values of a decision's {@code requirement}. */
    public static final List<String> REQUIREMENTS =
            List.of("mandatory-digital", "steered-digital", "optional", "unavailable");
    /** Values of a decision's {@code channel}. */
    public static final List<String> CHANNELS = List.of("self-service", "assisted", "alternative");
    /** Values of a decision's {@code alternative}. */
    public static final List<String> ALTERNATIVES =
            List.of("none", "may-accept", "must-offer", "right-on-request");

    private Names() {
    }

    /** The name of a fact in conditions. */
    public static String citizen(String factId) {
        return CITIZEN + factId;
    }

    /** The fact id of a {@code citizen.} name, or null for any other name. */
    public static @Nullable String factId(String name) {
        return name.startsWith(CITIZEN) ? name.substring(CITIZEN.length()) : null;
    }

    /** The fact ids among rule names, in their order. */
    public static List<String> factIds(Collection<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String fact = factId(n);
            if (fact != null) {
                out.add(fact);
            }
        }
        return out;
    }
}
