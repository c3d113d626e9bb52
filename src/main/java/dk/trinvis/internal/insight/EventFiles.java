package dk.trinvis.internal.insight;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Streams event files, plain or gzip (told by their first two bytes, not their names), line by
 * line through one reused buffer into the tally. Lines that are not events are skipped and
 * counted, and the first few are listed with file and line number; a line longer than
 * {@link #MAX_LINE} bytes is skipped without being held.
 */
final class EventFiles {
    /** The longest line read as an event; an event is about 500 bytes. */
    static final int MAX_LINE = 64 * 1024;
    /** How many skipped lines are listed by file and line number. */
    static final int LISTED = 10;

    private final EventParser parser = new EventParser();
    private final ParsedEvent event = new ParsedEvent();
    private final List<String> problems = new ArrayList<>();
    private long skipped;

    /** Reads every file ({@code -} is standard input) into the tally. */
    void read(List<String> files, InputStream stdin, Tally tally) {
        for (String name : files) {
            try (InputStream in = name.equals("-") ? unclosed(stdin) : Files.newInputStream(Path.of(name))) {
                read(name, in, tally);
            } catch (NoSuchFileException e) {
                throw new UncheckedIOException("no such file: " + name, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** Lines skipped as not events. */
    long skipped() {
        return skipped;
    }

    /** The first skipped lines, as {@code file:line: why}. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void read(String name, InputStream raw, Tally tally) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        // A line that lies whole in the chunk is parsed where it lies; only one that spans two
        // chunks is copied, into the carry-over.
        byte[] chunk = new byte[1 << 16];
        Carry carry = new Carry();
        long number = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                number++;
                if (carry.isEmpty()) {
                    line(name, number, chunk, start, i - start, false, tally);
                } else {
                    carry.append(chunk, start, i - start);
                    line(name, number, carry.bytes, 0, carry.length, carry.tooLong, tally);
                    carry.clear();
                }
                start = i + 1;
            }
            carry.append(chunk, start, n - start);
        }
        if (!carry.isEmpty()) {
            line(name, number + 1, carry.bytes, 0, carry.length, carry.tooLong, tally);
        }
    }

    /** The start of a line that runs past the end of a chunk, kept up to {@link #MAX_LINE} bytes. */
    private static final class Carry {
        byte[] bytes = new byte[4096];
        int length;
        boolean tooLong;

        boolean isEmpty() {
            return length == 0 && !tooLong;
        }

        void append(byte[] from, int offset, int count) {
            int take = Math.min(count, MAX_LINE - length);
            if (length + take > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(MAX_LINE, Math.max(bytes.length * 2, length + take)));
            }
            System.arraycopy(from, offset, bytes, length, take);
            length += take;
            tooLong |= take < count;
        }

        void clear() {
            length = 0;
            tooLong = false;
        }
    }

    private void line(String name, long number, byte[] line, int offset, int length, boolean tooLong, Tally tally) {
        int end = offset + length;
        while (end > offset && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (end == offset && !tooLong) {
            return;
        }
        tally.lines++;
        if (tooLong) {
            skip(name, number, "longer than " + MAX_LINE + " bytes");
            return;
        }
        try {
            parser.parse(line, offset, end - offset, event);
        } catch (EventParser.BadLine e) {
            skip(name, number, String.valueOf(e.getMessage()));
            return;
        }
        tally.add(event);
    }

    private void skip(String name, long number, String why) {
        skipped++;
        if (problems.size() < LISTED) {
            problems.add(name + ":" + number + ": " + why);
        }
    }

    private static InputStream unclosed(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // Standard input belongs to the process.
            }
        };
    }
}
