package dk.trinvis;

import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.TrinvisException;
import dk.trinvis.internal.yaml.RuleSetFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Holds the rule set a running system decides with, and swaps in a new one atomically when the
 * files change. Thread-safe. What a folder-backed holder guarantees:
 * <ul>
 * <li>A decision in flight always sees one whole rule set, old or new.</li>
 * <li>A rule set is installed only from a consistent read: no file changed during the read, and
 *     none in the {@linkplain ReloadPolicy#quietPeriod() quiet period} before it (an editor or a
 *     deployment still writing). A folder that keeps changing is retried, then refused.</li>
 * <li>A rule set that lost every service the current one has is refused (a file emptied or
 *     truncated mid-save), and so is one its policy's {@link Gate} refuses, e.g. one whose own
 *     {@code kind: Test} documents fail.</li>
 * <li>Swaps are compare-and-set by the order reloads started in: a slow reload, failed or not,
 *     never replaces what a later reload installed.</li>
 * </ul>
 * A refused reload keeps the last good rule set and says why.
 *
 * <pre>{@code
 * RuleSetHolder rules = RuleSetHolder.load(Path.of("/etc/trinvis/rules"));
 * Decision d = rules.current().decide(request);
 * ReloadResult r = rules.reload();       // e.g. from a file watcher or an admin endpoint
 * if (!r.loaded()) log.warn(r.problems());
 * }</pre>
 */
public final class RuleSetHolder {
    /** The code of a reload refused by the holder's own guards (not by a load problem). */
    public static final String REFUSED = "TRV020";

    private final Supplier<RuleSet> loader;
    private final ReloadPolicy policy;
    private final AtomicLong tickets = new AtomicLong();
    // Replaced whole under the lock, read without it: one volatile write publishes a new rule set.
    private volatile State state;

    private RuleSetHolder(Supplier<RuleSet> loader, ReloadPolicy policy) {
        this.loader = loader;
        this.policy = policy;
        RuleSet first = loader.get();
        List<Problem> refused = guard(first, null);
        if (!refused.isEmpty()) {
            throw new RuleSetException(refused);
        }
        this.state = new State(first, List.of(), tickets.incrementAndGet());
    }

    /**
     * Loads the folder now and keeps it for reloads, with the {@linkplain ReloadPolicy#DEFAULT
     * default policy}.
     *
     * @throws RuleSetException if the first load fails: there is no good rule set to keep yet
     */
    public static RuleSetHolder load(Path folder) {
        return load(folder, ReloadPolicy.DEFAULT);
    }

    /**
     * Loads the folder now and keeps it for reloads under the policy.
     *
     * @throws RuleSetException if the first load fails or the policy refuses it
     */
    public static RuleSetHolder load(Path folder, ReloadPolicy policy) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(policy, "policy");
        return stable(() -> RuleSet.load(folder), List.of(folder), policy);
    }

    /**
     * Loads a base with layers stacked on it ({@link RuleSet#stacked}) now, and keeps them for reloads
     * under the policy: e.g. the national rule set with every municipality's layer on one server.
     *
     * @param base   the base folder, or null for the bundled rule set
     * @param layers folders with a {@code kind: Layer} each
     * @throws RuleSetException if the first load fails or the policy refuses it
     */
    public static RuleSetHolder stacked(@Nullable Path base, List<Path> layers, ReloadPolicy policy) {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(policy, "policy");
        List<Path> given = new ArrayList<>(layers);
        if (base != null) {
            given.add(0, base);
        }
        return stable(() -> RuleSet.stacked(base, layers), List.copyOf(given), policy);
    }

    /**
     * A holder whose reads are checked for stability over the folders given and those the last
     * rule set was read from (a layer's base is known once the layer is read).
     */
    private static RuleSetHolder stable(Supplier<RuleSet> load, List<Path> given, ReloadPolicy policy) {
        // Reloads may run at once: the folders last read are swapped whole.
        AtomicReference<List<Path>> read = new AtomicReference<>(List.of());
        Supplier<List<Path>> folders = () -> {
            List<Path> all = new ArrayList<>(given);
            all.addAll(read.get());
            return all;
        };
        return new RuleSetHolder(() -> {
            RuleSet rules = stableLoad(load, folders, policy);
            read.set(rules.folders());
            return rules;
        }, policy);
    }

    /** A holder whose rule set comes from the loader, e.g. {@link RuleSet#bundled()}. */
    public static RuleSetHolder of(Supplier<RuleSet> loader) {
        return new RuleSetHolder(loader, ReloadPolicy.DEFAULT);
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
        long ticket = tickets.incrementAndGet();
        List<Problem> problems;
        RuleSet fresh = null;
        try {
            fresh = loader.get();
            problems = guard(fresh, state.rules());
        } catch (RuleSetException e) {
            problems = e.problems();
        }
        RuleSet candidate = problems.isEmpty() ? fresh : null;
        State now;
        synchronized (this) {
            // Compare-and-set by ticket: a reload that started earlier than the one installed is stale.
            if (state.ticket() < ticket) {
                state = candidate != null ? new State(candidate, List.of(), ticket)
                        : new State(state.rules(), problems, ticket);
            }
            now = state;
        }
        boolean loaded = candidate != null && now.rules() == candidate;
        return new ReloadResult(loaded, now.rules().contentHash(), problems);
    }

    /** Why a freshly loaded rule set must not replace the current one; empty when it may. */
    private List<Problem> guard(RuleSet fresh, @Nullable RuleSet current) {
        Location top = new Location(".", 1, 1);
        List<Problem> out = new ArrayList<>();
        if (current != null && fresh.model().services().isEmpty() && !current.model().services().isEmpty()) {
            out.add(new Problem(Problem.Severity.ERROR, REFUSED, top, Phrase.of("reload.noServices",
                    current.model().services().size())));
        }
        out.addAll(policy.gate().refusals(fresh));
        return out;
    }

    /**
     * Loads once the folders' files have been still for the quiet period and stayed so during the
     * read; folders that are never still that long are refused, never read mid-write.
     */
    private static RuleSet stableLoad(Supplier<RuleSet> load, Supplier<List<Path>> folders, ReloadPolicy policy) {
        long quiet = policy.quietPeriod().toMillis();
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            List<Path> watched = folders.get();
            List<RuleSetFiles.Fingerprint> before = watched.stream().map(RuleSetFiles::fingerprint).toList();
            long newest = before.stream().mapToLong(RuleSetFiles.Fingerprint::newestModified).max().orElse(0);
            long age = System.currentTimeMillis() - newest;
            // A time in the future (a skewed clock, a copied file) says nothing about a write in progress.
            if (age >= 0 && age < quiet) {
                pause(quiet - age);
                continue;
            }
            try {
                RuleSet rules = load.get();
                if (watched.stream().map(RuleSetFiles::fingerprint).toList().equals(before)) {
                    return rules;
                }
            } catch (RuleSetException e) {
                if (watched.stream().map(RuleSetFiles::fingerprint).toList().equals(before)) {
                    throw e;
                }
            }
            pause(quiet);
        }
        throw new RuleSetException(List.of(new Problem(Problem.Severity.ERROR, REFUSED, new Location(".", 1, 1),
                Phrase.of("reload.unsettled", policy.attempts()))));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrinvisException("interrupted while waiting for the rule-set files to settle", e);
        }
    }

    private record State(RuleSet rules, List<Problem> problems, long ticket) {
    }

    /**
     * Decides whether a freshly loaded rule set may replace the current one, e.g. by running its
     * own tests: {@code dk.trinvis.check.TestRunner.gate()}.
     */
    @FunctionalInterface
    public interface Gate {
        /** Why the rule set must not be installed; empty when it may. */
        List<Problem> refusals(RuleSet fresh);
    }

    /**
     * How a holder decides that a read is consistent and a rule set is fit to use.
     *
     * @param quietPeriod how long every file must have been unchanged before a read, and the pause
     *                    between attempts
     * @param attempts    how many reads to try before refusing a folder that keeps changing
     * @param gate        what a rule set must pass besides loading, e.g. its own tests
     */
    public record ReloadPolicy(Duration quietPeriod, int attempts, Gate gate) {
        /** A quiet period of 200 ms, 10 attempts, no gate. */
        public static final ReloadPolicy DEFAULT = new ReloadPolicy(Duration.ofMillis(200), 10, fresh -> List.of());

        /** Validates the values. */
        public ReloadPolicy {
            Objects.requireNonNull(quietPeriod, "quietPeriod");
            Objects.requireNonNull(gate, "gate");
            if (quietPeriod.isNegative() || attempts < 1) {
                throw new IllegalArgumentException("quietPeriod must not be negative and attempts at least 1");
            }
        }

        /** The same policy with a gate, e.g. {@code withGate(TestRunner.gate())} to refuse a set whose tests fail. */
        public ReloadPolicy withGate(Gate gate) {
            return new ReloadPolicy(quietPeriod, attempts, gate);
        }
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
