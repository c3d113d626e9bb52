package dk.trinvis.compiled;

import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.Location;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a load so all are reported at once. Not thread-safe; one per load. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records an error. */
    public void error(String code, Location location, String message, String hint) {
        add(new Problem(Problem.Severity.ERROR, code, location, message, hint));
    }

    /** Records an error from the phrase books. */
    public void error(String code, Location location, Phrase phrase) {
        add(new Problem(Problem.Severity.ERROR, code, location, phrase));
    }

    /** Records a warning from the phrase books. */
    public void warning(String code, Location location, Phrase phrase) {
        add(new Problem(Problem.Severity.WARNING, code, location, phrase));
    }

    /** Records a warning. */
    public void warning(String code, Location location, String message, String hint) {
        add(new Problem(Problem.Severity.WARNING, code, location, message, hint));
    }

    /** Adds a problem once: a value read twice (e.g. as an id and as a field) is one mistake. */
    private void add(Problem problem) {
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The problems so far, sorted by location. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_LOCATION);
        return List.copyOf(copy);
    }
}
