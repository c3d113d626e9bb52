package dk.trinvis.bench;

import java.io.OutputStream;

/**
 * A response buffer that a server reuses from request to request: bytes are copied in, as into a
 * socket's or Jetty's pooled buffer, and counted; nothing is allocated per write. When full it
 * starts again at the front, as a buffer does once flushed to the socket.
 */
final class Sink extends OutputStream {
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int count;

    /** Starts a new response. */
    void reset() {
        at = 0;
        count = 0;
    }

    /** The bytes written since the last reset. */
    int count() {
        return count;
    }

    @Override
    public void write(int b) {
        if (at == buffer.length) {
            at = 0;
        }
        buffer[at++] = (byte) b;
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int left = len;
        int from = off;
        while (left > 0) {
            if (at == buffer.length) {
                at = 0;
            }
            int n = Math.min(left, buffer.length - at);
            System.arraycopy(b, from, buffer, at, n);
            at += n;
            from += n;
            left -= n;
        }
        count += len;
    }
}
