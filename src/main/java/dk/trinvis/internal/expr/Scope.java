package dk.trinvis.internal.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The names an expression may use, their types, and for some the allowed string values. */
public final class Scope {
    private final Map<String, Type> types;
    private final Map<String, Set<String>> values;
    /** Each name's slot: its place in the order declared, fixed when an expression is compiled. */
    private final Map<String, Integer> slots;

    private Scope(Map<String, Type> types, Map<String, Set<String>> values) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.values = Map.copyOf(values);
        Map<String, Integer> slots = new HashMap<>();
        for (String name : types.keySet()) {
            slots.put(name, slots.size());
        }
        this.slots = Map.copyOf(slots);
    }

    /** A builder for a scope. */
    public static Builder builder() {
        return new Builder();
    }

    /** The type of a name. */
    public Optional<Type> typeOf(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /**
     * The slot of a name, or -1 when the scope has no such name. Slots number the names in the
     * order declared, so a scope that declares the same names first gives them the same slots.
     */
    public int slot(String name) {
        Integer slot = slots.get(name);
        return slot == null ? -1 : slot;
    }

    /** How many names it declares: the length of the {@link Slots} array evaluation reads. */
    public int size() {
        return slots.size();
    }

    /** Every name, in the order declared. */
    public Set<String> names() {
        return types.keySet();
    }

    /** The allowed values of a string name; empty when any string is allowed. */
    Set<String> allowedValues(String name) {
        return values.getOrDefault(name, Set.of());
    }

    /** Builds a {@link Scope}. */
    public static final class Builder {
        private final Map<String, Type> types = new LinkedHashMap<>();
        private final Map<String, Set<String>> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** Declares a name of a type. */
        public Builder name(String name, Type type) {
            types.put(name, type);
            return this;
        }

        /** Declares a string-like name with the values it may take. */
        public Builder name(String name, Type type, Set<String> allowedValues) {
            types.put(name, type);
            values.put(name, Set.copyOf(allowedValues));
            return this;
        }

        /** The scope. */
        public Scope build() {
            return new Scope(types, values);
        }
    }
}
