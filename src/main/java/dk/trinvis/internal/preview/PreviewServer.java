package dk.trinvis.internal.preview;

import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.check.Linter;
import dk.trinvis.model.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A local preview for editors: pick a service, municipality, moment and citizen facts, and see
 * the decision and the guide as a portal would render it. Listens on 127.0.0.1 only. When a file
 * of the rule set changes (through a link to the folder too), the next request reloads it and open
 * pages reload themselves ({@link LiveReload}); a broken edit shows its located problems at the top
 * and the page keeps using the last good rule set. Removing a step or a sentence is an edit here,
 * not a save in progress: the preview's holder accepts removals.
 */
public final class PreviewServer implements AutoCloseable {
    private final RuleSetHolder holder;
    private final LocalHttp server;
    private int version;
    private @Nullable RuleSet linted;
    private List<Problem> lintWarnings = List.of();

    private PreviewServer(Path folder, List<Path> layers, int port) throws IOException {
        RuleSetHolder.ReloadPolicy policy = RuleSetHolder.ReloadPolicy.DEFAULT.withRemovalsAccepted();
        this.holder = layers.isEmpty() ? RuleSetHolder.load(folder, policy)
                : RuleSetHolder.stacked(folder, layers, policy);
        this.server = LocalHttp.start(port, this::answer);
    }

    /**
     * Starts a preview of the rule-set folder on the loopback port (0 picks a free one).
     *
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load at start
     */
    public static PreviewServer start(Path folder, int port) throws IOException {
        return new PreviewServer(folder, List.of(), port);
    }

    /**
     * Starts a preview of a rule set with layers stacked on it, e.g. the national set with a
     * municipality's layer; every folder read is watched, a layer's base too.
     *
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load at start
     */
    public static PreviewServer start(Path folder, List<Path> layers, int port) throws IOException {
        return new PreviewServer(folder, List.copyOf(layers), port);
    }

    /** Where the preview answers. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @Override
    public void close() {
        server.close();
    }

    /** Reloads when a file changed; each reload, whatever its result, is a new version for open pages. */
    private synchronized void reloadIfChanged() {
        if (holder.reloadIfChanged().isPresent()) {
            version++;
        }
    }

    private LocalHttp.Answer answer(String path, Map<String, String> query) {
        if (path.equals("/events")) {
            reloadIfChanged();
            return LiveReload.event(version());
        }
        if (path.equals("/live.js")) {
            return LiveReload.script();
        }
        if (!path.equals("/")) {
            return page(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                    + "</head><body><p>Not found</p></body></html>");
        }
        reloadIfChanged();
        RuleSet current = holder.current();
        return page(200, PreviewPage.render(current, holder.lastProblems(), warnings(current), query, version()));
    }

    /** Load and lint warnings of the rule set shown, computed once per loaded rule set. */
    private synchronized List<Problem> warnings(RuleSet rules) {
        if (linted != rules) {
            List<Problem> all = new ArrayList<>(rules.warnings());
            all.addAll(new Linter(Clock.systemUTC()).lint(rules));
            lintWarnings = List.copyOf(all);
            linted = rules;
        }
        return lintWarnings;
    }

    /** Changes with every reload; the page compares it with the live-reload events. */
    private synchronized String version() {
        return Integer.toHexString(version * 0x9E3779B1 + holder.current().contentHash().hashCode());
    }

    private static LocalHttp.Answer page(int status, String html) {
        return new LocalHttp.Answer(status, "text/html; charset=utf-8", html, Map.of("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'"));
    }
}
