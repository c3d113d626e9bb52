package dk.trinvis.compiled;

import dk.trinvis.model.Problem;
import dk.trinvis.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects every problem of a load so all are reported at once. Not thread-safe; one per load. */
public final class Problems {
    // A set: de-duplication must stay linear when a hostile file yields a problem per line.
    private final LinkedHashSet<Problem> list = new LinkedHashSet<>();
    private boolean errors;

    /** Records an error. */
    public void error(String code, Location location, String message, String hint) {
        add(new Problem(Problem.Severity.ERROR, code, location, message, hint));
    }

    /** Records a warning. */
    public void warning(String code, Location location, String message, String hint) {
        add(new Problem(Problem.Severity.WARNING, code, location, message, hint));
    }

    /** Adds a problem once: a value read twice (e.g. as an id and as a field) is one mistake. */
    private void add(Problem problem) {
        if (list.add(problem) && problem.severity() == Problem.Severity.ERROR) {
            errors = true;
        }
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return errors;
    }

    /** The problems so far, sorted by location. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_LOCATION);
        return List.copyOf(copy);
    }
}
