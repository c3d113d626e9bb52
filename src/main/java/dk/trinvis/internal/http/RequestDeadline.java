package dk.trinvis.internal.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request has been in progress for longer than the limit: headers sent
 * a byte a second, a body that stalls, or an answer the client does not take. Jetty reads requests
 * without a thread, so such a client holds no worker, but without a limit it would hold its socket
 * and buffers for hours; Jetty's own idle timeout only notices a client that sends nothing at all.
 *
 * <p>A sweep every second compares each open connection's counters: a request read (headers
 * complete) but not yet answered, or bytes that arrived since the last request was read or
 * answered, mean a request is in progress; one in progress for longer than the limit is closed.
 * The service's handlers answer in milliseconds, so only a client holds a request that long.
 * Costs one pass over the open connections a second.
 */
final class RequestDeadline implements Connection.Listener {
    private final long limitNanos;
    private final Map<Connection, Progress> open = new ConcurrentHashMap<>();

    RequestDeadline(long limitMillis) {
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
    }

    /** Sweeps every second on the scheduler until it stops. */
    void start(Scheduler scheduler) {
        scheduler.schedule(new Runnable() {
            @Override
            public void run() {
                sweep(System.nanoTime());
                if (scheduler.isRunning()) {
                    scheduler.schedule(this, 1, TimeUnit.SECONDS);
                }
            }
        }, 1, TimeUnit.SECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        open.put(connection, new Progress(connection));
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    void sweep(long now) {
        open.forEach((connection, progress) -> {
            if (progress.overdue(connection, now, limitNanos)) {
                // The socket itself, not the connection: no error page is written to a client that trickles.
                connection.getEndPoint().close();
            }
        });
    }

    /** What one connection had read and answered when it was last between requests. Touched by the sweep only. */
    private static final class Progress {
        private long requests;
        private long responses;
        private long bytes;
        private long arrivingSince = -1;

        Progress(Connection c) {
            requests = c.getMessagesIn();
            responses = c.getMessagesOut();
            bytes = c.getBytesIn();
        }

        boolean overdue(Connection c, long now, long limit) {
            long in = c.getMessagesIn();
            long out = c.getMessagesOut();
            long read = c.getBytesIn();
            if (in != requests || out != responses) {
                requests = in;
                responses = out;
                bytes = read;
                arrivingSince = -1;
                return false;
            }
            if (in == out && read == bytes) {
                return false;
            }
            if (arrivingSince < 0) {
                arrivingSince = now;
                return false;
            }
            return now - arrivingSince > limit;
        }
    }
}
