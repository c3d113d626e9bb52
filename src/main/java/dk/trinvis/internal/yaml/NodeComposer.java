package dk.trinvis.internal.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer without what the loader never reads: comments (the scanner makes none,
 * yet SnakeYAML's composer asks for them around every node, two empty lists a scalar) and the
 * bookkeeping of recursive nodes for constructing Java objects (none are constructed). It makes
 * the nodes SnakeYAML's composer makes, with the same tags, values, styles, anchors and marks,
 * and refuses, at least, what it refuses: an undefined alias, more aliases of collections than
 * allowed, a custom global tag, nesting past the limit. It is used only with {@link TextReader};
 * a text it refuses is composed again by SnakeYAML's own reader and composer ({@link SafeYaml}),
 * which word the problem.
 */
final class NodeComposer {
    private final Parser parser;
    private final Resolver resolver;
    private final LoaderOptions options;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Counted over the whole file, as SnakeYAML counts it. */
    private int collectionAliases;
    private int depth;

    NodeComposer(Parser parser, Resolver resolver, LoaderOptions options) {
        this.parser = parser;
        this.resolver = resolver;
        this.options = options;
    }

    /** Whether another document follows. */
    boolean checkNode() {
        if (parser.checkEvent(Event.ID.StreamStart)) {
            parser.getEvent();
        }
        return !parser.checkEvent(Event.ID.StreamEnd);
    }

    /** The next document's root. */
    Node getNode() {
        parser.getEvent();
        Node node = compose();
        parser.getEvent();
        anchors.clear();
        return node;
    }

    private Node compose() {
        if (parser.checkEvent(Event.ID.Alias)) {
            AliasEvent event = (AliasEvent) parser.getEvent();
            Node node = anchors.get(event.getAnchor());
            if (node == null) {
                throw new YAMLException("found undefined alias " + event.getAnchor());
            }
            if (!(node instanceof ScalarNode) && ++collectionAliases > options.getMaxAliasesForCollections()) {
                throw new YAMLException("too many aliases for collections");
            }
            return node;
        }
        String anchor = ((NodeEvent) parser.peekEvent()).getAnchor();
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
        Node node;
        if (parser.checkEvent(Event.ID.Scalar)) {
            ScalarEvent ev = (ScalarEvent) parser.getEvent();
            boolean resolved = ev.getTag() == null || ev.getTag().equals("!");
            Tag tag = resolved ? resolver.resolve(NodeId.scalar, ev.getValue(), ev.getImplicit().canOmitTagInPlainScalar())
                    : given(ev.getTag());
            node = new ScalarNode(tag, resolved, ev.getValue(), ev.getStartMark(), ev.getEndMark(), ev.getScalarStyle());
            remember(anchor, node);
        } else if (parser.checkEvent(Event.ID.SequenceStart)) {
            CollectionStartEvent start = (CollectionStartEvent) parser.getEvent();
            boolean resolved = start.getTag() == null || start.getTag().equals("!");
            Tag tag = resolved ? resolver.resolve(NodeId.sequence, null, start.getImplicit()) : given(start.getTag());
            List<Node> children = new ArrayList<>();
            SequenceNode sequence = new SequenceNode(tag, resolved, children, start.getStartMark(), null,
                    start.getFlowStyle());
            remember(anchor, sequence);
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                children.add(compose());
            }
            sequence.setEndMark(parser.getEvent().getEndMark());
            node = sequence;
        } else {
            CollectionStartEvent start = (CollectionStartEvent) parser.getEvent();
            boolean resolved = start.getTag() == null || start.getTag().equals("!");
            Tag tag = resolved ? resolver.resolve(NodeId.mapping, null, start.getImplicit()) : given(start.getTag());
            List<NodeTuple> children = new ArrayList<>();
            MappingNode mapping = new MappingNode(tag, resolved, children, start.getStartMark(), null,
                    start.getFlowStyle());
            remember(anchor, mapping);
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Node key = compose();
                if (key.getTag().equals(Tag.MERGE)) {
                    mapping.setMerged(true);
                }
                children.add(new NodeTuple(key, compose()));
            }
            mapping.setEndMark(parser.getEvent().getEndMark());
            node = mapping;
        }
        depth--;
        return node;
    }

    /** A tag written in the text; a custom global one is refused, as the loader's options refuse every one. */
    private Tag given(String written) {
        Tag tag = new Tag(written);
        if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
            throw new YAMLException("Global tag is not allowed: " + written);
        }
        return tag;
    }

    private void remember(@Nullable String anchor, Node node) {
        if (anchor != null) {
            node.setAnchor(anchor);
            anchors.put(anchor, node);
        }
    }
}
