package dk.trinvis.internal.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body up to a size without holding a thread while it arrives: Jetty calls back
 * when more bytes are there, and the receiver hears once, with the whole body or why there is none.
 */
public final class BodyReader implements Runnable {
    /** Where the outcome of a read goes: exactly one of the three, once. */
    public interface Receiver {
        /** The whole body. */
        void body(byte[] body);

        /** The body is longer than the limit; the rest is left unread. */
        void tooLarge();

        /** The body stopped arriving: the client went away or the request time limit closed the connection. */
        void failed(Throwable why);
    }

    private final Content.Source source;
    private final int max;
    private final Receiver receiver;
    private byte[] bytes = new byte[1024];
    private int size;

    private BodyReader(Content.Source source, int max, Receiver receiver) {
        this.source = source;
        this.max = max;
        this.receiver = receiver;
    }

    /** Starts reading; the receiver is called on this thread or on one of the server's when the body is complete. */
    public static void read(Content.Source source, int max, Receiver receiver) {
        new BodyReader(source, max, receiver).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                receiver.failed(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            int n = buffer.remaining();
            if ((long) size + n > max) {
                chunk.release();
                receiver.tooLarge();
                return;
            }
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(max, Math.max(bytes.length * 2, size + n)));
            }
            buffer.get(bytes, size, n);
            size += n;
            chunk.release();
            if (chunk.isLast()) {
                receiver.body(Arrays.copyOf(bytes, size));
                return;
            }
        }
    }
}
