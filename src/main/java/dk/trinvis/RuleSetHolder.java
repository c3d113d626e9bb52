package dk.trinvis;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Holds the rule set a running system decides with, and swaps in a new one atomically when the
 * files change. A reload that fails keeps the last good rule set and says why; a decision in
 * flight always sees one whole rule set, old or new. Thread-safe.
 *
 * <pre>{@code
 * RuleSetHolder rules = RuleSetHolder.load(Path.of("/etc/trinvis/rules"));
 * Decision d = rules.current().decide(request);
 * ReloadResult r = rules.reload();       // e.g. from a file watcher or an admin endpoint
 * if (!r.loaded()) log.warn(r.problems());
 * }</pre>
 */
public final class RuleSetHolder {
    private final Supplier<RuleSet> loader;
    // Replaced whole, never changed: one volatile write publishes a new rule set to every thread.
    private volatile State state;

    private RuleSetHolder(Supplier<RuleSet> loader, RuleSet first) {
        this.loader = loader;
        this.state = new State(first, List.of());
    }

    /**
     * Loads the folder now and keeps it for reloads.
     *
     * @throws RuleSetException if the first load fails: there is no good rule set to keep yet
     */
    public static RuleSetHolder load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return of(() -> RuleSet.load(folder));
    }

    /** A holder whose rule set comes from the loader, e.g. {@link RuleSet#bundled()}. */
    public static RuleSetHolder of(Supplier<RuleSet> loader) {
        return new RuleSetHolder(loader, loader.get());
    }

    /** The rule set to decide with now. Keep the reference for one request, not longer. */
    public RuleSet current() {
        return state.rules();
    }

    /** The problems of the last reload that failed, or empty when the last reload worked. */
    public List<Problem> lastProblems() {
        return state.problems();
    }

    /** Loads the rule set again; swaps it in when it loads, keeps the current one when it does not. */
    public ReloadResult reload() {
        try {
            RuleSet fresh = loader.get();
            state = new State(fresh, List.of());
            return new ReloadResult(true, fresh.contentHash(), List.of());
        } catch (RuleSetException e) {
            State old = state;
            state = new State(old.rules(), e.problems());
            return new ReloadResult(false, old.rules().contentHash(), e.problems());
        }
    }

    private record State(RuleSet rules, List<Problem> problems) {
    }

    /**
     * What a reload did.
     *
     * @param loaded      whether the new rule set was swapped in
     * @param contentHash the hash of the rule set now in use
     * @param problems    why the reload failed; empty when it worked
     */
    public record ReloadResult(boolean loaded, String contentHash, List<Problem> problems) {
        /** Copies the list so the record stays immutable. */
        public ReloadResult {
            problems = List.copyOf(problems);
        }
    }
}
