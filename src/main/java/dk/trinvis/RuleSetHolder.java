package dk.trinvis;

import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.TrinvisException;
import dk.trinvis.internal.yaml.RuleSetFiles;
import dk.trinvis.internal.yaml.SourceFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicLong;
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
 * <li>A rule set read from the same folder that lost documents, exemption grounds, guide steps,
 *     tests or facts, or whose texts were cut short, is refused: that is what a save in progress
 *     leaves. A policy {@linkplain ReloadPolicy#withRemovalsAccepted() accepting removals} takes it
 *     and names what went in {@link ReloadResult#removed()}; so does a switch to another folder
 *     behind a link ({@code ln -sfn release-42 current}), which is finished before it is switched to.</li>
 * <li>A rule set in layers ({@link #stacked}, or a folder holding a {@code kind: Layer}) is one rule
 *     set to these guarantees: every folder it was read from, a layer's base too, is watched, read
 *     consistently and guarded.</li>
 * <li>Swaps are compare-and-set by the order reloads started in: a slow reload, failed or not,
 *     never replaces what a later reload installed.</li>
 * </ul>
 * A refused reload keeps the last good rule set and says why.
 *
 * <pre>{@code
 * RuleSetHolder rules = RuleSetHolder.load(Path.of("/etc/trinvis/rules"));
 * Decision d = rules.current().decide(request);
 * ReloadResult r = rules.reload();       // e.g. from an admin endpoint
 * rules.reloadIfChanged()                // e.g. every second: reloads only when a file changed
 *      .filter(x -> !x.loaded()).ifPresent(x -> log.warn(x.problems()));
 * }</pre>
 */
public final class RuleSetHolder {
    /** The code of a reload refused by the holder's own guards (not by a load problem). */
    public static final String REFUSED = "TRV020";

    private final Function<List<Path>, Read> loader;
    // The folders asked for; null for a holder made from a loader, which has none to watch.
    private final @Nullable List<Path> given;
    private final ReloadPolicy policy;
    private final AtomicLong tickets = new AtomicLong();
    // Replaced whole under the lock, read without it: one volatile write publishes a new rule set.
    private volatile State state;
    // What the folder looked like when last read; reloadIfChanged compares with it. Guarded by itself.
    private final Object watching = new Object();
    private @Nullable String seen;

    /**
     * @param loader reads the rule set, given the folders the last rule set was read from (so a
     *               layer's base is watched during the read too)
     */
    private RuleSetHolder(Function<List<Path>, Read> loader, @Nullable List<Path> given, ReloadPolicy policy) {
        this.loader = loader;
        this.given = given;
        this.policy = policy;
        Read first = loader.apply(List.of());
        if (first.rules() == null) {
            throw new RuleSetException(first.problems());
        }
        List<Problem> refused = policy.gate().refusals(first.rules());
        if (!refused.isEmpty()) {
            throw new RuleSetException(refused);
        }
        this.seen = first.fingerprint();
        this.state = new State(first.rules(), List.of(), tickets.incrementAndGet(), first.folders(), first.files());
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
        List<Path> given = List.of(folder);
        return new RuleSetHolder(read -> stableLoad(files -> RuleSet.load(folder, files), given, read, policy),
                given, policy);
    }

    /**
     * Loads a base with layers stacked on it ({@link RuleSet#stacked}) now, and keeps them for reloads
     * under the policy: e.g. the national rule set with every municipality's layer on one server.
     * Every folder is watched and guarded; the gate sees the stacked rule set.
     *
     * @param base   the base folder, or null for the bundled rule set
     * @param layers folders with a {@code kind: Layer} each
     * @throws RuleSetException if the first load fails or the policy refuses it
     */
    public static RuleSetHolder stacked(@Nullable Path base, List<Path> layers, ReloadPolicy policy) {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(policy, "policy");
        List<Path> copy = List.copyOf(layers);
        List<Path> given = new ArrayList<>(copy);
        if (base != null) {
            given.add(0, base);
        }
        List<Path> folders = List.copyOf(given);
        return new RuleSetHolder(read -> stableLoad(files -> RuleSet.stacked(base, copy, files), folders, read, policy),
                folders, policy);
    }

    /** A holder whose rule set comes from the loader, e.g. {@link RuleSet#bundled()}. */
    public static RuleSetHolder of(Supplier<RuleSet> loader) {
        Objects.requireNonNull(loader, "loader");
        return new RuleSetHolder(read -> {
            try {
                return new Read(loader.get(), List.of(), null, List.of(), Map.of());
            } catch (RuleSetException e) {
                return new Read(null, e.problems(), null, List.of(), Map.of());
            }
        }, null, ReloadPolicy.DEFAULT);
    }

    /** The rule set to decide with now. Keep the reference for one request, not longer. */
    public RuleSet current() {
        return state.rules();
    }

    /** The problems of the last reload that failed, or empty when the last reload worked. */
    public List<Problem> lastProblems() {
        return state.problems();
    }

    /**
     * Loads the rule set again; swaps it in when it loads and passes the guards, keeps the current
     * one when it does not. A loader that throws anything but a {@link RuleSetException} (an
     * {@link OutOfMemoryError}, a bug) throws here too, and the current rule set stays.
     */
    public ReloadResult reload() {
        long ticket = tickets.incrementAndGet();
        State before = state;
        Read read = loader.apply(before.folders());
        synchronized (watching) {
            seen = read.fingerprint();
        }
        RuleSet fresh = read.rules();
        List<Problem> problems = read.problems();
        List<String> removed = List.of();
        if (fresh != null) {
            removed = Removals.between(before.rules().model(), fresh.model(), before.files(), read.files());
            problems = guard(fresh, before, read.folders(), removed);
        }
        RuleSet candidate = problems.isEmpty() ? fresh : null;
        State now;
        synchronized (this) {
            // Compare-and-set by ticket: a reload that started earlier than the one installed is stale.
            if (state.ticket() < ticket) {
                state = candidate != null ? new State(candidate, List.of(), ticket, read.folders(), read.files())
                        : new State(state.rules(), problems, ticket, state.folders(), state.files());
            }
            now = state;
        }
        boolean loaded = candidate != null && now.rules() == candidate;
        return new ReloadResult(loaded, now.rules().contentHash(), problems, loaded ? removed : List.of());
    }

    /**
     * Reloads when a file of the folders changed since they were last read (names, sizes, modification
     * times, link targets, the folder a link points to), in the folders given and those the rule set
     * was read from besides (a layer's base): what a watcher calls every second or so. Empty when
     * nothing changed; a holder made {@linkplain #of(Supplier) from a loader} always reloads.
     */
    public Optional<ReloadResult> reloadIfChanged() {
        if (given == null) {
            return Optional.of(reload());
        }
        synchronized (watching) {
            String now = Watched.of(given, state.folders()).text();
            if (now.equals(seen)) {
                return Optional.empty();
            }
            // Taken before the reload: one that fails with an Error is not retried until the files change again.
            seen = now;
        }
        return Optional.of(reload());
    }

    /** Why a freshly loaded rule set must not replace the current one; empty when it may. */
    private List<Problem> guard(RuleSet fresh, State current, List<Path> folders, List<String> removed) {
        Location top = new Location(".", 1, 1);
        List<Problem> out = new ArrayList<>();
        if (fresh.model().services().isEmpty() && !current.rules().model().services().isEmpty()) {
            out.add(new Problem(Problem.Severity.ERROR, REFUSED, top, Phrase.of("reload.noServices",
                    current.rules().model().services().size())));
        } else if (!removed.isEmpty() && !policy.acceptRemovals() && !folders.isEmpty()
                && folders.equals(current.folders())) {
            // Another folder behind a link is a finished release switched in; the same folders are being edited.
            out.add(new Problem(Problem.Severity.ERROR, REFUSED, top, Phrase.of("reload.removed",
                    String.join("; ", removed))));
        }
        out.addAll(policy.gate().refusals(fresh));
        return out;
    }

    /**
     * Loads once the folders' files have been still for the quiet period and stayed so during the
     * read; folders that are never still that long are refused, never read mid-write. Watched are the
     * folders given and those {@code lastRead} (a layer's base); a read that finds a folder not
     * watched yet (a base named anew) is made again with it watched.
     */
    private static Read stableLoad(Function<Consumer<List<SourceFile>>, RuleSet> load, List<Path> given,
                                   List<Path> lastRead, ReloadPolicy policy) {
        long quiet = policy.quietPeriod().toMillis();
        List<Path> read = lastRead;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            Watched before = Watched.of(given, read);
            long age = System.currentTimeMillis() - before.newestModified();
            // A time in the future (a skewed clock, a copied file) says nothing about a write in progress.
            if (age >= 0 && age < quiet) {
                pause(quiet - age);
                continue;
            }
            List<SourceFile> files = new ArrayList<>();
            try {
                RuleSet rules = load.apply(files::addAll);
                if (!before.covers(rules.folders())) {
                    read = rules.folders();
                    continue;
                }
                if (Watched.of(given, read).equals(before)) {
                    return new Read(rules, List.of(), Watched.of(given, rules.folders()).text(), rules.folders(),
                            bytes(files));
                }
            } catch (RuleSetException e) {
                if (Watched.of(given, read).equals(before)) {
                    return new Read(null, e.problems(), before.text(), read, Map.of());
                }
            }
            pause(quiet);
        }
        return new Read(null, List.of(new Problem(Problem.Severity.ERROR, REFUSED, new Location(".", 1, 1),
                Phrase.of("reload.unsettled", policy.attempts()))), null, List.of(), Map.of());
    }

    private static Map<String, byte[]> bytes(List<SourceFile> files) {
        Map<String, byte[]> out = new HashMap<>();
        files.forEach(f -> out.put(f.path(), f.bytes()));
        return out;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrinvisException("interrupted while waiting for the rule-set files to settle", e);
        }
    }

    /**
     * The rule set in use, why the last reload failed, the reload that installed it, the folders it
     * was read from (real paths, base first) and its files' bytes by path (kept to tell a file
     * written only in part).
     */
    private record State(RuleSet rules, List<Problem> problems, long ticket, List<Path> folders,
                         Map<String, byte[]> files) {
    }

    /**
     * One read of the source: a rule set or why not, what the folders looked like, the folders it
     * was read from (real paths), its files.
     */
    private record Read(@Nullable RuleSet rules, List<Problem> problems, @Nullable String fingerprint,
                        List<Path> folders, Map<String, byte[]> files) {
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
     * @param acceptRemovals whether a rule set read from the same folder may have lost documents,
     *                    grounds, steps, tests, facts or text (a deliberate removal) rather than be
     *                    refused as a save in progress
     */
    public record ReloadPolicy(Duration quietPeriod, int attempts, Gate gate, boolean acceptRemovals) {
        /** A quiet period of 200 ms, 10 attempts, no gate, removals refused. */
        public static final ReloadPolicy DEFAULT = new ReloadPolicy(Duration.ofMillis(200), 10, fresh -> List.of());

        /** A policy that refuses removals. */
        public ReloadPolicy(Duration quietPeriod, int attempts, Gate gate) {
            this(quietPeriod, attempts, gate, false);
        }

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
            return new ReloadPolicy(quietPeriod, attempts, gate, acceptRemovals);
        }

        /**
         * The same policy taking a rule set that lost things, e.g. for an editor's preview or when a
         * release removes a step in place; {@link ReloadResult#removed()} names what went.
         */
        public ReloadPolicy withRemovalsAccepted() {
            return new ReloadPolicy(quietPeriod, attempts, gate, true);
        }
    }

    /**
     * What a reload did.
     *
     * @param loaded      whether the new rule set was swapped in
     * @param contentHash the hash of the rule set now in use
     * @param problems    why the reload failed; empty when it worked
     * @param removed     what the rule set now in use no longer has, when the reload installed one
     *                    with removals (accepted by the policy, or from another folder); one line each
     */
    public record ReloadResult(boolean loaded, String contentHash, List<Problem> problems, List<String> removed) {
        /** Copies the lists so the record stays immutable. */
        public ReloadResult {
            problems = List.copyOf(problems);
            removed = List.copyOf(removed);
        }

        /** A result without removals. */
        public ReloadResult(boolean loaded, String contentHash, List<Problem> problems) {
            this(loaded, contentHash, problems, List.of());
        }
    }
}
