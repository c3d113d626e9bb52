package dk.trinvis.internal.serve;

import org.jspecify.annotations.Nullable;

/**
 * Whether the service should get traffic, and why not: while it shuts down, and after a reload
 * failed with an {@link Error} (out of memory, a stack overflow), which leaves a JVM that may
 * no longer answer reliably. The last good rule set is still served; {@code /readyz} says 503
 * with the reason until a later reload succeeds or the process is restarted. Thread-safe.
 */
final class Readiness {
    private volatile boolean closing;
    private volatile @Nullable String broken;

    void closing() {
        closing = true;
    }

    boolean isClosing() {
        return closing;
    }

    /** A reload failed in a way that puts the process in doubt. */
    void broken(String why) {
        broken = why;
    }

    /** A reload worked: the process demonstrably loads and builds rule sets again. */
    void recovered() {
        broken = null;
    }

    /** Why the service should get no traffic, or null when it should. */
    @Nullable String notReady() {
        return closing ? "the service is shutting down" : broken;
    }
}
