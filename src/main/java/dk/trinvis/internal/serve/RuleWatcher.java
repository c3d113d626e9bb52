package dk.trinvis.internal.serve;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSetHolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private final Path folder;
    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final PrintStream log;
    private final ScheduledExecutorService timer;
    private String fingerprint;

    /** Watches from {@code seen}, the fingerprint taken before the holder's first load, so no edit falls between. */
    RuleWatcher(Path folder, String seen, RuleSetHolder holder, Metrics metrics, PrintStream log, Duration interval) {
        this.folder = folder;
        this.holder = holder;
        this.metrics = metrics;
        this.log = log;
        this.fingerprint = seen;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trinvis-rule-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            String now = fingerprint(folder);
            if (now.equals(fingerprint)) {
                return;
            }
            fingerprint = now;
            RuleSetHolder.ReloadResult result = holder.reload();
            metrics.reloaded(result.loaded());
            if (result.loaded()) {
                log.println("event=reload result=ok rules=" + result.contentHash());
            } else {
                log.println("event=reload result=failed problems=" + result.problems().size()
                        + " keeping=" + result.contentHash());
                for (Problem p : result.problems()) {
                    log.println("  " + p.format(folder.toString()));
                }
            }
        } catch (RuntimeException e) {
            // A reload must never stop the watcher: the next change gets its own try.
            metrics.reloaded(false);
            log.println("event=reload result=failed error=\"" + e.getMessage() + "\"");
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
