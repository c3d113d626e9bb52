package dk.trinvis.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML into position-carrying node trees and nothing else: no Java objects are ever
 * constructed from YAML, custom tags are refused, and aliases, depth and size are bounded so
 * hostile input fails fast with a located problem.
 */
final class SafeYaml {
    /** Largest file read, in characters: rule-set files are small; anything bigger is a mistake or an attack. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    /** Bounds the nodes walked through aliases, so a small alias fan-out cannot blow up a walk. */
    static final int MAX_NODES = 500_000;

    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE, Tag.BINARY);

    private SafeYaml() {
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        return new Yaml(options);
    }

    /** Composes every document of a file's text, reporting problems into the scalar reader's sink. */
    static List<Node> documents(String text, Scalars scalars) {
        List<Node> documents = new ArrayList<>();
        try {
            for (Node node : yaml().composeAll(new StringReader(text))) {
                // A '---' at the end of a file starts an empty document: nothing to read, nothing wrong.
                boolean empty = node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                        && scalar.getValue().isEmpty();
                if (node != null && !empty && safe(node, scalars)) {
                    documents.add(node);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            boolean unsafe = problem != null && (problem.contains("tag") || problem.contains("alias")
                    || problem.contains("Nesting Depth") || problem.contains("exceeds the limit"));
            SyntaxHints.Said said = unsafe || mark == null ? null
                    : SyntaxHints.explain(problem, text, mark.getLine(), mark.getColumn());
            if (said != null) {
                scalars.problems().error(Codes.SYNTAX, new dk.trinvis.model.Location(scalars.file(), mark.getLine() + 1,
                        said.column()), said.phrase());
            } else {
                scalars.problems().error(unsafe ? Codes.UNSAFE : Codes.SYNTAX, at(scalars, mark), firstLine(problem),
                        unsafe ? "rule sets use plain YAML only: no tags, few aliases, shallow nesting"
                                : "check indentation and quoting around this place");
            }
        } catch (YAMLException e) {
            // Unmarked YAML errors are the limits: size, aliases, depth.
            scalars.problems().error(Codes.UNSAFE, new dk.trinvis.model.Location(scalars.file(), 1, 1),
                    firstLine(e.getMessage()), "split the file, or remove aliases and deep nesting");
        }
        return documents;
    }

    private static dk.trinvis.model.Location at(Scalars scalars, Mark mark) {
        return mark == null ? new dk.trinvis.model.Location(scalars.file(), 1, 1)
                : new dk.trinvis.model.Location(scalars.file(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Refuses custom tags and alias bombs anywhere in the tree; aliases are walked once each. */
    private static boolean safe(Node root, Scalars scalars) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        int walked = 0;
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (++walked > MAX_NODES) {
                scalars.problems().error(Codes.UNSAFE, scalars.location(root), "document has too many nodes",
                        "split it into several documents or files");
                return false;
            }
            if (!STANDARD.contains(node.getTag())) {
                scalars.problems().error(Codes.UNSAFE, scalars.location(node),
                        "tag '" + node.getTag().getValue() + "' is not allowed",
                        "rule sets use plain YAML values; remove the '!' tag");
                return false;
            }
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    stack.add(t.getKeyNode());
                    stack.add(t.getValueNode());
                }
            } else if (node instanceof SequenceNode s) {
                stack.addAll(s.getValue());
            }
        }
        return true;
    }
}
