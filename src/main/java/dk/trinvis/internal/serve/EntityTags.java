package dk.trinvis.internal.serve;

import com.sun.net.httpserver.Headers;
import dk.trinvis.RuleSet;
import java.util.List;

/** The rule set's hash as an HTTP entity tag: {@code If-Match} pins a release, {@code If-None-Match} revalidates. */
final class EntityTags {
    private EntityTags() {
    }

    /** Fails with 412 when If-Match names a rule set other than the one answering; strong comparison. */
    static void checkIfMatch(Headers headers, RuleSet rules) {
        List<String> values = headers.get("If-Match");
        if (values == null) {
            return;
        }
        if (matches(String.join(",", values), rules, false)) {
            return;
        }
        String current = "\"" + rules.contentHash() + "\"";
        throw new HttpProblem.Failure(412, "rules-changed", "The rule set has changed",
                "the request is pinned to rule set " + Params.clip(String.join(",", values))
                        + " but the service now decides with " + current);
    }

    /** Whether a list of entity tags names this rule set (or is {@code *}); weak tags count only when weak. */
    static boolean matches(String tagList, RuleSet rules, boolean weak) {
        String current = "\"" + rules.contentHash() + "\"";
        for (String tag : tagList.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current) || weak && t.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }
}
