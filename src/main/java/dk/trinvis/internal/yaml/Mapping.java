package dk.trinvis.internal.yaml;

import dk.trinvis.model.Condition;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.Location;
import dk.trinvis.model.Period;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.yaml.Shape.Field;
import dk.trinvis.internal.yaml.Shape.ListOf;
import dk.trinvis.internal.yaml.Shape.Obj;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping checked against its declared shape. Reading a field reports a located
 * problem and returns null (or an empty list) when the value is missing or malformed, so a
 * document keeps being read and every problem is found in one load.
 */
final class Mapping {
    private final Scalars scalars;
    private final Obj shape;
    private final Node node;
    private final Map<String, Node> values;

    private Mapping(Scalars scalars, Obj shape, Node node, Map<String, Node> values) {
        this.scalars = scalars;
        this.shape = shape;
        this.node = node;
        this.values = values;
    }

    /** Binds a node to a shape; reports and returns null when the node is not a mapping. */
    static @Nullable Mapping of(Scalars scalars, Node node, Obj shape) {
        if (!(node instanceof MappingNode mapping)) {
            scalars.problems().error(Codes.TYPE, scalars.location(node),
                    Phrase.of("type.notMapping", shape.name(), Scalars.found(node)));
            return null;
        }
        if (secondKind(scalars, mapping, shape)) {
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        List<String> allowed = shape.fields().stream().map(Field::name).toList();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                scalars.problems().error(Codes.TYPE, scalars.location(keyNode), Phrase.of("key.notPlain"));
                continue;
            }
            String name = key.getValue();
            if (values.containsKey(name)) {
                scalars.problems().error(Codes.DUPLICATE_KEY, scalars.location(keyNode), Phrase.of("key.duplicate", name));
            } else if (!allowed.contains(name)) {
                String close = DidYouMean.closest(name, allowed).orElse(null);
                scalars.problems().error(Codes.UNKNOWN_KEY, scalars.location(keyNode), close != null
                        ? Phrase.of("key.unknown.close", name, shape.name(), close)
                        : Phrase.of("key.unknown", name, shape.name(), String.join(", ", allowed)));
            } else {
                values.put(name, tuple.getValueNode());
            }
        }
        Mapping result = new Mapping(scalars, shape, node, values);
        for (Field field : shape.fields()) {
            if (field.required() && result.absent(field.name())) {
                // The hint describes the field in the reader's language: field.<shape>.<name> in the phrase books.
                scalars.problems().error(Codes.MISSING, scalars.location(node), Phrase.of("key.missing", field.name(),
                        shape.name(), shape.name() + "." + field.name()));
            }
        }
        return result;
    }

    /**
     * A document with two {@code kind:} keys is two documents without the {@code ---} between them;
     * saying so once beats a dozen duplicate-key errors.
     */
    private static boolean secondKind(Scalars scalars, MappingNode mapping, Obj shape) {
        if (shape.field("kind").isEmpty()) {
            return false;
        }
        boolean seen = false;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("kind")) {
                if (seen) {
                    Location at = scalars.location(key);
                    scalars.problems().error(Codes.SYNTAX, at, Phrase.of("document.missingSeparator", at.line()));
                    return true;
                }
                seen = true;
            }
        }
        return false;
    }

    /** Where the mapping starts. */
    public Location location() {
        return scalars.location(node);
    }

    /** Where the value of a field starts, or the mapping's location when it is absent. */
    public Location location(String name) {
        Node value = values.get(declared(name).name());
        return value == null ? location() : scalars.location(value);
    }

    /** Whether the field is absent or null. */
    public boolean absent(String name) {
        Node value = values.get(name);
        return value == null || Scalars.isNull(value);
    }

    /** The raw node of a field, or null. */
    @Nullable Node node(String name) {
        declared(name);
        return absent(name) ? null : values.get(name);
    }

    /** A string field. */
    public @Nullable String string(String name) {
        Node n = node(name);
        return n == null ? null : scalars.string(n, declared(name).shape());
    }

    /** A text field. */
    public @Nullable Text text(String name) {
        Node n = node(name);
        return n == null ? null : scalars.text(n);
    }

    /** A date field. */
    public @Nullable LocalDate date(String name) {
        Node n = node(name);
        return n == null ? null : scalars.date(n);
    }

    /** A date-time field. */
    public @Nullable LocalDateTime dateTime(String name) {
        Node n = node(name);
        return n == null ? null : scalars.dateTime(n);
    }

    /** A boolean field, or the default when absent. */
    public boolean bool(String name, boolean otherwise) {
        Node n = node(name);
        Boolean b = n == null ? null : scalars.bool(n);
        return b == null ? otherwise : b;
    }

    /** A boolean field that may be absent (null). */
    public @Nullable Boolean optionalBool(String name) {
        Node n = node(name);
        return n == null ? null : scalars.bool(n);
    }

    /** An integer field. */
    public @Nullable Long integer(String name) {
        Node n = node(name);
        return n == null ? null : scalars.integer(n);
    }

    /** A share field: a number from 0 to 1. */
    public @Nullable Double share(String name) {
        Node n = node(name);
        return n == null ? null : scalars.share(n);
    }

    /** A scalar field typed by its YAML form (Boolean, Long, LocalDate or String). */
    public @Nullable Object value(String name) {
        Node n = node(name);
        return n == null ? null : scalars.value(n);
    }

    /** An expression field with where it is written. */
    public @Nullable Condition condition(String name) {
        Node n = node(name);
        if (n == null) {
            return null;
        }
        String source = scalars.string(n, declared(name).shape());
        return source == null ? null : new Condition(source, scalars.contentLocation(n));
    }

    /** A list of scalars of the field's item shape; empty when absent. */
    public List<String> strings(String name) {
        Field field = declared(name);
        return list(name, n -> scalars.string(n, ((ListOf) field.shape()).item()));
    }

    /** A list of texts; empty when absent. */
    public List<Text> texts(String name) {
        return list(name, scalars::text);
    }

    /** A list of mappings of the field's item shape; empty when absent. */
    public List<Mapping> mappings(String name) {
        Obj item = itemShape(declared(name));
        return list(name, n -> Mapping.of(scalars, n, item));
    }

    /** A nested mapping, or null when absent. */
    public @Nullable Mapping mapping(String name) {
        Field field = declared(name);
        Node n = node(name);
        return n == null ? null : Mapping.of(scalars, n, (Obj) field.shape());
    }

    /** The entries of a map field as (key location, key, value node); empty when absent. */
    public List<Entry> entries(String name) {
        Node n = node(name);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof MappingNode map)) {
            scalars.problems().error(Codes.TYPE, scalars.location(n),
                    Phrase.of("type.notMappingFor", name, Scalars.found(n)));
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            Location at = scalars.location(t.getKeyNode());
            if (key == null) {
                scalars.problems().error(Codes.TYPE, at, Phrase.of("key.notPlain"));
            } else if (seen.containsKey(key)) {
                scalars.problems().error(Codes.DUPLICATE_KEY, at, Phrase.of("key.duplicateAt", key, seen.get(key)));
            } else {
                seen.put(key, at);
                entries.add(new Entry(key, at, t.getValueNode()));
            }
        }
        return entries;
    }

    /** A period from the {@code from}/{@code to}/{@code basis} fields of this mapping. */
    public Period period(@Nullable String basisField) {
        LocalDate from = date("from");
        LocalDate to = date("to");
        Legal basis = basisField == null ? null : legal(basisField);
        return new Period(from, to, basis, location());
    }

    /**
     * A legal basis: one {@code {act, section, eli, inferred}} mapping, a list of them, or a plain
     * string read as the act; null when absent or after a reported problem.
     */
    public @Nullable Legal legal(String name) {
        Node n = node(name);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            if (s.getValue().isBlank()) {
                scalars.problems().error(Codes.TYPE, scalars.location(n), Phrase.of("legal.empty", name));
                return null;
            }
            return Legal.plain(s.getValue(), scalars.location(n));
        }
        if (!(n instanceof SequenceNode seq)) {
            LegalReference one = reference(n);
            return one == null ? null : Legal.of(one);
        }
        if (seq.getValue().isEmpty()) {
            scalars.problems().error(Codes.TYPE, scalars.location(n), Phrase.of("legal.empty", name));
            return null;
        }
        List<LegalReference> all = new ArrayList<>();
        for (Node element : seq.getValue()) {
            LegalReference r = reference(element);
            if (r == null) {
                return null;
            }
            all.add(r);
        }
        return new Legal(all, false);
    }

    private @Nullable LegalReference reference(Node n) {
        Mapping r = Mapping.of(scalars, n, Schema.LEGAL_REFERENCE);
        if (r == null) {
            return null;
        }
        String act = r.string("act");
        if (act == null) {
            return null;
        }
        if (act.isBlank()) {
            scalars.problems().error(Codes.TYPE, r.location("act"), Phrase.of("legal.empty", "act"));
            return null;
        }
        return new LegalReference(act, r.string("section"), r.string("eli"), r.bool("inferred", false), r.location());
    }

    /** Binds a node to a nested shape. */
    public @Nullable Mapping bind(Node n, Obj nested) {
        return Mapping.of(scalars, n, nested);
    }

    /** The scalar reader of this file. */
    public Scalars scalars() {
        return scalars;
    }

    private <T> List<T> list(String name, Function<Node, @Nullable T> item) {
        Node n = node(name);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            scalars.problems().error(Codes.TYPE, scalars.location(n),
                    Phrase.of("type.notList", name, Scalars.found(n)));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node element : seq.getValue()) {
            T value = item.apply(element);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private static Obj itemShape(Field field) {
        Shape item = ((ListOf) field.shape()).item();
        return item instanceof Shape.Ref ref ? Schema.resolve(ref) : (Obj) item;
    }

    private Field declared(String name) {
        return shape.field(name).orElseThrow(
                () -> new IllegalStateException(shape.name() + " declares no field '" + name + "'"));
    }

    /**
     * One entry of a YAML map.
     *
     * @param key      the key
     * @param location where the key is
     * @param value    the value node
     */
    public record Entry(String key, Location location, Node value) {
    }
}
