package dk.trinvis.model;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;

/**
 * A rule set could not be loaded. Carries every problem found, not only the first;
 * {@link #getMessage()} prints them one a line like a compiler.
 */
@NullMarked
public final class RuleSetException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    /** The problems, sorted by location. Records are immutable; the list is unmodifiable. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /** An exception for a non-empty list of problems. */
    public RuleSetException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file, line and column order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"))
                + "\n" + errors + (errors == 1 ? " error" : " errors");
    }
}
