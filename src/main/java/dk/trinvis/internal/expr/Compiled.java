package dk.trinvis.internal.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of compiling: an expression, or every problem found.
 *
 * @param expression the expression, or null when there are problems
 * @param problems   the problems, empty when it compiled
 */
public record Compiled(@Nullable Expression expression, List<ExprProblem> problems) {
    /** Copies the list so the record stays immutable. */
    public Compiled {
        problems = List.copyOf(problems);
    }

    /** Whether it compiled. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
