package dk.trinvis.internal.serve;

import dk.trinvis.RuleSetHolder;
import dk.trinvis.model.Problem;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reloads the rule set when a file under its folders changes ({@link RuleSetHolder#reloadIfChanged()}
 * compares names, sizes, modification times and link targets, through a link to a folder too, in
 * every folder the rule set was read from: a layer's base as well as the layers).
 * It polls rather than using a WatchService: polling also sees changes on network shares and bind
 * mounts, where file-system events are not delivered, and costs one directory walk per interval.
 *
 * <p>Nothing a reload does stops the watcher: a reload that fails with an {@link Error} (out of
 * memory) is logged and counted like any failed reload, the last good rule set stays, and the
 * service says it is not ready until a later reload works.
 */
final class RuleWatcher implements AutoCloseable {
    private final String prefix;
    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final ServiceLog log;
    private final Readiness readiness;
    private final ScheduledExecutorService timer;

    /** Watches the holder's folders; problems print with {@code prefix} (the rule-set folder) before their files. */
    RuleWatcher(String prefix, RuleSetHolder holder, Metrics metrics, ServiceLog log, Readiness readiness,
                Duration interval) {
        this.prefix = prefix;
        this.holder = holder;
        this.metrics = metrics;
        this.log = log;
        this.readiness = readiness;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trinvis-rule-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    // Throwable on purpose: a scheduled task that throws is never run again, and the service would go on
    // answering from a rule set nobody reloads while saying it is ready.
    void check() {
        try {
            holder.reloadIfChanged().ifPresent(this::report);
        } catch (Throwable e) {
            metrics.reloaded(false);
            if (e instanceof Error) {
                readiness.broken("the last reload failed with " + e + "; the service answers from rule set "
                        + holder.current().contentHash() + " and should be restarted");
            }
            log.line("event=reload result=failed error=\"" + e + "\" keeping=" + holder.current().contentHash());
        }
    }

    private void report(RuleSetHolder.ReloadResult result) {
        metrics.reloaded(result.loaded());
        if (result.loaded()) {
            readiness.recovered();
            log.line("event=reload result=ok rules=" + result.contentHash()
                    + (result.removed().isEmpty() ? "" : " removed=" + result.removed().size()));
            result.removed().forEach(r -> log.line("  removed: " + r));
        } else {
            log.line("event=reload result=failed problems=" + result.problems().size() + " keeping=" + result.contentHash());
            for (Problem p : result.problems()) {
                log.line("  " + p.format(prefix));
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
