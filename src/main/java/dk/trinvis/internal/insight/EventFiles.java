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
        byte[] line = new byte[4096];
        int length = 0;
        boolean tooLong = false;
        long number = 0;
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = in.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = chunk[i];
                if (b == '\n') {
                    number++;
                    line(name, number, line, length, tooLong, tally);
                    length = 0;
                    tooLong = false;
                } else if (length < MAX_LINE) {
                    if (length == line.length) {
                        line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
                    }
                    line[length++] = b;
                } else {
                    tooLong = true;
                }
            }
        }
        if (length > 0 || tooLong) {
            line(name, number + 1, line, length, tooLong, tally);
        }
    }

    private void line(String name, long number, byte[] line, int length, boolean tooLong, Tally tally) {
        int end = length;
        while (end > 0 && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (end == 0 && !tooLong) {
            return;
        }
        tally.lines++;
        if (tooLong) {
            skip(name, number, "longer than " + MAX_LINE + " bytes");
            return;
        }
        try {
            parser.parse(line, end, event);
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
