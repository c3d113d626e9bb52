package dk.trinvis.internal.serve;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSetHolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reloads the rule set when a file under the folder changes. It polls names, sizes and
 * modification times rather than using a WatchService: polling also sees changes on network
 * shares and bind mounts, where file-system events are not delivered, and costs one directory
 * walk per interval.
 */
final class RuleWatcher implements AutoCloseable {
    private final List<Path> given;
    private final String prefix;
    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final PrintStream log;
    private final ScheduledExecutorService timer;
    /** The last fingerprint of each folder watched, by its real path. */
    private Map<Path, String> fingerprints;

    /**
     * Watches the folders given and those the rule set was read from besides (a layer's base),
     * from {@code seen}, the fingerprints of the given ones taken before the holder's first load,
     * so no edit falls between. Problems print with {@code prefix} before their files.
     */
    RuleWatcher(List<Path> given, String prefix, Map<Path, String> seen, RuleSetHolder holder, Metrics metrics,
                PrintStream log, Duration interval) {
        this.given = List.copyOf(given);
        this.prefix = prefix;
        this.holder = holder;
        this.metrics = metrics;
        this.log = log;
        this.fingerprints = new HashMap<>(seen);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trinvis-rule-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The folders a server is given: the rule set's (null: the bundled one, not watched) and its layers. */
    static List<Path> given(Path rules, List<Path> layers) {
        List<Path> all = new ArrayList<>();
        if (rules != null) {
            all.add(rules);
        }
        all.addAll(layers);
        return all;
    }

    /** Each folder's fingerprint, by its real path. */
    static Map<Path, String> fingerprints(List<Path> folders) {
        Map<Path, String> out = new HashMap<>();
        for (Path f : folders) {
            out.put(real(f), fingerprint(f));
        }
        return out;
    }

    private void check() {
        try {
            List<Path> watched = new ArrayList<>(given);
            watched.addAll(holder.current().folders());
            Map<Path, String> now = fingerprints(watched);
            boolean changed = false;
            for (Map.Entry<Path, String> e : now.entrySet()) {
                String before = fingerprints.get(e.getKey());
                // A base first seen after a load was read by that load: a change starts from here.
                changed |= before != null && !before.equals(e.getValue());
            }
            fingerprints = now;
            if (!changed) {
                return;
            }
            RuleSetHolder.ReloadResult result = holder.reload();
            metrics.reloaded(result.loaded());
            if (result.loaded()) {
                log.println("event=reload result=ok rules=" + result.contentHash());
            } else {
                log.println("event=reload result=failed problems=" + result.problems().size()
                        + " keeping=" + result.contentHash());
                for (Problem p : result.problems()) {
                    log.println("  " + p.format(prefix));
                }
            }
        } catch (RuntimeException e) {
            // A reload must never stop the watcher: the next change gets its own try.
            metrics.reloaded(false);
            log.println("event=reload result=failed error=\"" + e.getMessage() + "\"");
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Names, sizes and modification times: cheap, and changes with every save or move. */
    static String fingerprint(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder b = new StringBuilder();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                b.append(p).append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p)).append('\n');
            }
            return b.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            // Unreadable (or a file moved away mid-walk): one reload says what is wrong, not one per poll.
            return "unreadable";
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
