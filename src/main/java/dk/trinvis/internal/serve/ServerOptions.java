package dk.trinvis.internal.serve;

import dk.trinvis.RuleSetHolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link DecisionServer} listens, what it serves and its limits.
 *
 * @param host           the address to bind, e.g. {@code 127.0.0.1}
 * @param port           the port; 0 picks a free one
 * @param rules          the rule-set folder to serve and watch, or null for the bundled rule set
 * @param threads        worker threads; requests beyond them queue
 * @param maxBodyBytes   the largest request body accepted; larger ones get 413
 * @param watchInterval  how often the rule-set folder is checked for changes
 * @param quietPeriod    how long the files must be still before a reload reads them
 *                       ({@link dk.trinvis.RuleSetHolder.ReloadPolicy#quietPeriod()})
 * @param shutdownGrace  how long a shutdown waits for requests in flight
 * @param requestTime    how long a request, headers and body, may take to arrive
 * @param requireTests   whether a rule set goes live only when its own {@code kind: Test} documents pass
 * @param acceptRemovals whether a reload may install a set that lost documents, grounds, steps or tests
 * @param layers         layer folders stacked on the rule set, e.g. one per municipality; watched too
 */
public record ServerOptions(String host, int port, @Nullable Path rules, int threads, int maxBodyBytes,
                            Duration watchInterval, Duration quietPeriod, Duration shutdownGrace,
                            Duration requestTime, boolean requireTests, boolean acceptRemovals,
                            List<Path> layers) {

    /** Validates the limits. */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(watchInterval, "watchInterval");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(requestTime, "requestTime");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        if (threads < 1 || maxBodyBytes < 1 || requestTime.isNegative() || requestTime.isZero()) {
            throw new IllegalArgumentException("threads, maxBodyBytes and requestTime must be positive");
        }
        layers = List.copyOf(layers);
    }

    /** Loopback, the given port, bundled rules, and the defaults documented in docs/server.md. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions("127.0.0.1", port, null, 16, 64 * 1024, Duration.ofSeconds(1),
                RuleSetHolder.ReloadPolicy.DEFAULT.quietPeriod(), Duration.ofSeconds(10), Duration.ofSeconds(10),
                false, false, List.of());
    }

    /** The same options serving and watching a rule-set folder. */
    public ServerOptions withRules(Path folder) {
        return new ServerOptions(host, port, folder, threads, maxBodyBytes, watchInterval, quietPeriod, shutdownGrace,
                requestTime, requireTests, acceptRemovals, layers);
    }

    /** The same options checking the folder this often, and reading it once still this long. */
    public ServerOptions withWatching(Duration interval, Duration quiet) {
        return new ServerOptions(host, port, rules, threads, maxBodyBytes, interval, quiet, shutdownGrace,
                requestTime, requireTests, acceptRemovals, layers);
    }

    /** The same options with these reload guards: the set's own tests as a gate, removals accepted or not. */
    public ServerOptions withReloadGuards(boolean tests, boolean removals) {
        return new ServerOptions(host, port, rules, threads, maxBodyBytes, watchInterval, quietPeriod, shutdownGrace,
                requestTime, tests, removals, layers);
    }

    /** The same options with another time limit for a request to arrive. */
    public ServerOptions withRequestTime(Duration limit) {
        return new ServerOptions(host, port, rules, threads, maxBodyBytes, watchInterval, quietPeriod, shutdownGrace,
                limit, requireTests, acceptRemovals, layers);
    }

    /** The same options listening on this address and port with this many workers. */
    public ServerOptions listening(String address, int portNumber, int workers) {
        return new ServerOptions(address, portNumber, rules, workers, maxBodyBytes, watchInterval, quietPeriod,
                shutdownGrace, requestTime, requireTests, acceptRemovals, layers);
    }

    /** The same options with these layers stacked on the rule set. */
    public ServerOptions withLayers(List<Path> folders) {
        return new ServerOptions(host, port, rules, threads, maxBodyBytes, watchInterval, quietPeriod, shutdownGrace,
                requestTime, requireTests, acceptRemovals, folders);
    }
}
