package dk.trinvis.internal.yaml;

import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver of implicit tags, without a regular expression for plain words. The
 * resolver matches each plain scalar against the patterns registered for its first character, and
 * every short one against the empty pattern: a {@code Matcher} made for almost every key and
 * value a rule set has ("title", "to", "from", "name", ...), a tenth of a large set's loading.
 * The only patterns a letter can start are the YAML 1.1 booleans and nulls, whole words listed
 * here; any other word starting with a letter is a string, which is what the patterns would say
 * (a test holds the two resolvers together on every scalar of the bundled set and on words
 * around these).
 */
final class PlainWords extends Resolver {
    /** The words {@link Resolver#BOOL} and {@link Resolver#NULL} match that start with a letter. */
    static final Set<String> TAGGED = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty() && Character.isLetter(value.charAt(0))
                && !TAGGED.contains(value)) {
            return Tag.STR;
        }
        return super.resolve(kind, value, implicit);
    }
}
