package dk.trinvis.internal.compiled;

import dk.trinvis.model.Problem;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.model.Condition;
import dk.trinvis.model.RuleSetModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A loaded rule set: its records and what decisions need precompiled.
 *
 * @param model       the rule set's records
 * @param expressions compiled {@code when:} expressions by the condition they were written as
 * @param hours       help offers' opening hours by offer id
 * @param rules       the names exemption grounds and assist rules were compiled against, whose
 *                    slots the engine fills per decision
 * @param contentHash SHA-256 over the files' paths and bytes, in hex; for a layered rule set, over
 *                    the parts' hashes
 * @param warnings    problems that did not stop the load
 * @param release     the id of the release it was loaded from, or null when loaded from a folder or the jar
 *                    (a layered rule set names each part's release in {@code layers})
 * @param layers      the folders it was loaded from, base first, and which file lies in which
 */
public record CompiledRuleSet(RuleSetModel model, Map<Condition, Expression> expressions,
                              Map<String, HoursSchedule> hours, Scope rules, String contentHash, List<Problem> warnings,
                              @Nullable String release, Layers layers) {
    /** Copies the collections so the record stays immutable. */
    public CompiledRuleSet {
        expressions = Map.copyOf(expressions);
        hours = Map.copyOf(hours);
        warnings = List.copyOf(warnings);
    }

    /** The compiled expression of a condition of the model: every one compiled, or the rule set did not load. */
    public Expression expression(Condition condition) {
        return Objects.requireNonNull(expressions.get(condition), "the loader compiles every condition");
    }
}
