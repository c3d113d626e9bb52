package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Problem;
import java.time.Clock;
import java.util.List;

/**
 * Lint: what loads but is probably not what the editor meant. Every warning has a stable code
 * ({@link LintCodes}) and a location; a document suppresses codes with {@code lint: {ignore: [...]}}.
 */
public final class Linter {
    private final Clock clock;
    private final boolean strict;

    /** A linter that judges {@code reviewBy} dates by the clock. */
    public Linter(Clock clock) {
        this(clock, false);
    }

    /**
     * A linter that judges {@code reviewBy} dates by the clock; a strict one also reports what is
     * still valid but outdated, such as a legal reference written as a plain string (TRV118).
     */
    public Linter(Clock clock, boolean strict) {
        this.clock = clock;
        this.strict = strict;
    }

    /**
     * Every warning for the rule set, sorted by location, suppressions applied. For a layer, the
     * warnings of what the layer holds: its base's are the base's own.
     */
    public List<Problem> lint(RuleSet rules) {
        return rules.lint(clock, strict);
    }
}
