package dk.trinvis.internal.insight;

import dk.trinvis.model.DecisionEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decision events as JSON Lines, one event a line, in a file rotated by size or on standard
 * output. Thread-safe. A full file is renamed {@code FILE.1}, {@code FILE.2}, … (the highest
 * number the newest) and a new {@code FILE} started; with a {@code keep} limit the oldest
 * rotated files beyond it are deleted. Lines are buffered and flushed every second and on close,
 * so a crash loses at most the last second. A write that fails is counted and reported once, and
 * never fails the request whose answer it records.
 */
public final class EventLog implements Consumer<DecisionEvent>, AutoCloseable {
    /** The default size at which a file is rotated: 64 MiB, about 150,000 events. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final @Nullable Path file;
    private final long maxBytes;
    private final int keep;
    private final PrintStream log;
    private final ScheduledExecutorService flusher;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private Writer out;
    private long bytes;
    private boolean broken;
    private boolean closed;

    private EventLog(@Nullable Path file, long maxBytes, int keep, Writer out, long bytes, PrintStream log) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.out = out;
        this.bytes = bytes;
        this.log = log;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trinvis-events-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Appends to the file (created with its folder if missing), rotating it at {@code maxBytes}.
     *
     * @param keep how many rotated files to keep; 0 keeps all
     * @param log  where a failed write is reported, once
     */
    public static EventLog toFile(Path file, long maxBytes, int keep, PrintStream log) throws IOException {
        Objects.requireNonNull(file, "file");
        if (maxBytes < 1 || keep < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and keep not negative");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new EventLog(file, maxBytes, keep, open(file), Files.exists(file) ? Files.size(file) : 0, log);
    }

    /** Writes to the stream (standard output for {@code --events -}), never rotated; the stream is not closed. */
    public static EventLog toStream(OutputStream stream, PrintStream log) {
        Writer w = new BufferedWriter(new OutputStreamWriter(new UnclosedStream(stream), StandardCharsets.UTF_8), 1 << 16);
        return new EventLog(null, Long.MAX_VALUE, 0, w, 0, log);
    }

    @Override
    public void accept(DecisionEvent event) {
        String line = event.toJson();
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                // Every character of an event is ASCII but ids and the hour: bytes close enough for rotating.
                if (file != null && bytes > 0 && bytes + line.length() + 1 > maxBytes) {
                    rotate(file);
                }
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
                written.incrementAndGet();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** Events written so far. */
    public long written() {
        return written.get();
    }

    /** Writes that failed so far (of an event, or of the buffered events): each loses events. */
    public long failed() {
        return failed.get();
    }

    private void fail(IOException e) {
        failed.incrementAndGet();
        if (!broken) {
            broken = true;
            log.println("event=events-write-failed file=" + (file == null ? "-" : file) + " error=\""
                    + String.valueOf(e.getMessage()).replaceAll("[\\p{Cntrl}\"]", "?") + "\"");
        }
    }

    private void rotate(Path file) throws IOException {
        out.close();
        List<Long> numbers = rotatedNumbers(file);
        long next = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1;
        Files.move(file, file.resolveSibling(file.getFileName() + "." + next), StandardCopyOption.ATOMIC_MOVE);
        numbers.add(next);
        if (keep > 0) {
            for (int i = 0; i < numbers.size() - keep; i++) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "." + numbers.get(i)));
            }
        }
        out = open(file);
        bytes = 0;
    }

    /** The numbers of the rotated files beside the file, in order. */
    static List<Long> rotatedNumbers(Path file) throws IOException {
        Pattern rotated = Pattern.compile(Pattern.quote(file.getFileName().toString()) + "\\.(\\d{1,18})");
        List<Long> numbers = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        try (var entries = Files.list(dir)) {
            entries.forEach(p -> {
                Matcher m = rotated.matcher(p.getFileName().toString());
                if (m.matches()) {
                    numbers.add(Long.parseLong(m.group(1)));
                }
            });
        }
        numbers.sort(null);
        return numbers;
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes out what is buffered. */
    public synchronized void flush() {
        if (closed) {
            return;
        }
        try {
            out.flush();
            broken = false;
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Flushes and closes the file; events after this are dropped. Safe to call twice. */
    @Override
    public void close() {
        flusher.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                out.close();
            } catch (IOException e) {
                fail(e);
            }
            closed = true;
        }
    }

    /** Standard output stays open when the event log closes. */
    private static final class UnclosedStream extends java.io.FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
