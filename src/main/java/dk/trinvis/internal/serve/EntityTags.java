package dk.trinvis.internal.serve;

import dk.trinvis.RuleSet;
import java.util.List;

/**
 * The rule set's hash as an HTTP entity tag: {@code If-Match} pins a release, {@code If-None-Match}
 * revalidates. The hash as {@code Trinvis-Rules} gives it, without the quotes an entity tag has,
 * is taken too: a client that copies the header should not get a 412 naming the same hash twice.
 */
final class EntityTags {
    private EntityTags() {
    }

    /** Fails with 412 when If-Match names a rule set other than the one answering; strong comparison. */
    static void checkIfMatch(List<String> values, RuleSet rules) {
        if (values.isEmpty() || matches(String.join(",", values), rules, false)) {
            return;
        }
        String current = "\"" + rules.contentHash() + "\"";
        throw new HttpProblem.Failure(412, "rules-changed", "The rule set has changed",
                "the request is pinned to rule set " + Params.clip(String.join(",", values))
                        + " but the service now decides with " + current);
    }

    /** Whether a list of entity tags names this rule set (or is {@code *}); weak tags count only when weak. */
    static boolean matches(String tagList, RuleSet rules, boolean weak) {
        String hash = rules.contentHash();
        String current = "\"" + hash + "\"";
        for (String tag : tagList.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current) || t.equals(hash) || weak && t.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }
}
