package dk.trinvis.internal.yaml;

import java.util.List;
import java.util.Optional;

/**
 * The shape of a YAML value in a rule set. The loader reads only what a shape declares and
 * the JSON Schema is generated from the same shapes, so the two cannot drift apart.
 */
public sealed interface Shape permits Shape.Scalar, Shape.OneOf, Shape.ListOf, Shape.MapOf, Shape.Obj, Shape.Ref {

    /** The scalar kinds a rule set uses. */
    enum ScalarKind {
        /** Any text. */
        STRING,
        /** A lower-case kebab id such as {@code den-digitale-hotline}. */
        ID,
        /** A 4-digit municipality code written as a string. */
        MUNICIPALITY_CODE,
        /** An ISO 639 language code such as {@code da}, {@code en} or {@code uk}. */
        LANGUAGE,
        /** An ISO local date. */
        DATE,
        /** An ISO local date-time in Copenhagen time. */
        DATE_TIME,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** A share between 0 and 1, e.g. {@code 0.93}. */
        SHARE,
        /** A {@code when:} expression. */
        EXPRESSION,
        /** An OpenStreetMap opening_hours string. */
        HOURS,
        /** An absolute URL. */
        URL,
        /** A boolean, integer, string or date, typed by context (test facts). */
        VALUE,
        /** A {@code {da, en}} text, or a plain string as Danish. */
        TEXT,
        /**
         * A legal basis: a {@link Schema#LEGAL_REFERENCE} mapping, a list of them, or (the older form)
         * a plain string read as the act.
         */
        LEGAL
    }

    /** A scalar (or, for TEXT, a da/en map; for LEGAL, a reference or a list of them). */
    record Scalar(ScalarKind kind) implements Shape {
    }

    /** One of a fixed set of strings. */
    record OneOf(List<String> values) implements Shape {
        /** Copies the values. */
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** A list of items of one shape. */
    record ListOf(Shape item) implements Shape {
    }

    /** A map from names to values of one shape. */
    record MapOf(Shape value, String keyDescription) implements Shape {
    }

    /** A mapping with declared fields. */
    record Obj(String name, String description, List<Field> fields) implements Shape {
        /** Copies the fields. */
        public Obj {
            fields = List.copyOf(fields);
        }

        /** The declared field of that name. */
        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    /** A named mapping shape declared elsewhere; lets steps contain steps. */
    record Ref(String name) implements Shape {
    }

    /**
     * A declared field of a mapping.
     *
     * @param name        the YAML key
     * @param shape       its value's shape
     * @param required    whether it must be present
     * @param description what it means, in English (shown in editors through the JSON Schema)
     */
    record Field(String name, Shape shape, boolean required, String description) {
    }
}
