package dk.trinvis.internal.compiled;

import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of a load so all are reported at once. Not thread-safe; one per load.
 * Every problem is a {@link Phrase} of the phrase books, so it prints in Danish or English.
 */
public final class Problems {
    /** Most problems listed: a hostile file can yield one per line, and nobody reads the 1,001st. */
    public static final int MAX_LISTED = 1_000;

    // Sets: de-duplication must stay linear when a hostile file yields a problem per line.
    private final LinkedHashSet<Problem> list = new LinkedHashSet<>();
    private final Set<Problem> unlisted = new HashSet<>();
    private @Nullable Problem firstUnlisted;
    private boolean errors;

    /** Records an error from the phrase books. */
    public void error(String code, Location location, Phrase phrase) {
        add(new Problem(Problem.Severity.ERROR, code, location, phrase));
    }

    /** Records a warning from the phrase books. */
    public void warning(String code, Location location, Phrase phrase) {
        add(new Problem(Problem.Severity.WARNING, code, location, phrase));
    }

    /** Records an error that is listed however many came before: a limit that stopped the load. */
    public void limit(String code, Location location, Phrase phrase) {
        errors = true;
        list.add(new Problem(Problem.Severity.ERROR, code, location, phrase));
    }

    /** Adds a problem once: a value read twice (e.g. as an id and as a field) is one mistake. */
    public void add(Problem problem) {
        errors |= problem.severity() == Problem.Severity.ERROR;
        if (list.size() < MAX_LISTED || list.contains(problem)) {
            list.add(problem);
        } else if (unlisted.add(problem) && firstUnlisted == null) {
            firstUnlisted = problem;
        }
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return errors;
    }

    /** The problems so far, sorted by location. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        if (firstUnlisted != null) {
            boolean anyError = unlisted.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
            copy.add(new Problem(anyError ? Problem.Severity.ERROR : Problem.Severity.WARNING, firstUnlisted.code(),
                    firstUnlisted.location(), Phrase.of("problems.unlisted", unlisted.size())));
        }
        copy.sort(Problem.BY_LOCATION);
        return List.copyOf(copy);
    }
}
