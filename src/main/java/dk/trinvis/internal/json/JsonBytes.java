package dk.trinvis.internal.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Compact JSON as UTF-8 bytes in a buffer that goes to a stream when full: the few things a
 * decision needs (strings, raw JSON, digits, moments), written as Jackson's UTF-8 generator writes
 * them, byte for byte — the same escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other
 * control characters as {@code \}{@code u00XX} in upper case, each surrogate as its own
 * {@code \}{@code uXXXX}), everything else as UTF-8. Without the generator's context checks and
 * per-call set-up, which cost more than the decision's own text once most of it is copied whole.
 * One per thread at a time; reused from write to write.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** For each ASCII character: 0 as it is, a letter for a two-character escape, -1 for \\u00XX. */
    private static final int[] ESCAPES = escapes();

    /** Sentences remembered: a decision rarely has more than a few made for it. */
    private static final int SENTENCES = 4;
    /** The shortest string remembered as a sentence: shorter ones cost less to write again than to look up. */
    private static final int SENTENCE = 40;

    private final byte[] buffer;
    /** Characters escaped at a time: at most six bytes each, and two quotes, must fit the buffer. */
    private final int chunk;
    private int at;
    /**
     * The last few sentences written while the buffer still holds their JSON, each from
     * {@link #sentenceFrom} to {@link #sentenceTo}: a sentence made for one request is both a
     * considered ground's reason and, later in the decision, its trace entry's text.
     */
    private final @Nullable String[] sentences = new String[SENTENCES];
    private final int[] sentenceFrom = new int[SENTENCES];
    private final int[] sentenceTo = new int[SENTENCES];
    private int nextSentence;
    /** Where nothing is being written: a stream, never null, so writing needs no check. */
    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();
    private OutputStream out = NOWHERE;
    /** Marks writing for {@link #collected()}: never written to, replaced when the buffer first fills up. */
    private static final OutputStream COLLECT = OutputStream.nullOutputStream();

    /** A writer with a buffer of this many bytes, at least 64. */
    JsonBytes(int size) {
        this.buffer = new byte[Math.max(64, size)];
        this.chunk = (buffer.length - 2) / 6;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int[] escapes() {
        int[] e = new int[128];
        for (int c = 0; c < 32; c++) {
            e[c] = -1;
        }
        e['"'] = '"';
        e['\\'] = '\\';
        e['\b'] = 'b';
        e['\t'] = 't';
        e['\f'] = 'f';
        e['\n'] = 'n';
        e['\r'] = 'r';
        return e;
    }

    /** Starts writing to the stream, with an empty buffer. */
    JsonBytes to(OutputStream stream) {
        this.out = stream;
        restart();
        return this;
    }

    /**
     * Starts writing into the buffer alone, for {@link #collected()}: a stream for what does not
     * fit is made only when the buffer first fills up.
     */
    JsonBytes collect() {
        this.out = COLLECT;
        restart();
        return this;
    }

    /** What was written since {@link #collect()}, in an array of its own: one copy, when it fit the buffer. */
    byte[] collected() {
        byte[] result;
        if (out == COLLECT) {
            result = Arrays.copyOf(buffer, at);
        } else {
            ByteArrayOutputStream spilled = (ByteArrayOutputStream) out;
            spilled.write(buffer, 0, at);
            result = spilled.toByteArray();
        }
        restart();
        out = NOWHERE;
        return result;
    }

    /** Sends what is buffered to the stream and lets go of it. */
    void finish() throws IOException {
        flush();
        out.flush();
        out = NOWHERE;
    }

    private void flush() throws IOException {
        if (at > 0) {
            if (out == COLLECT) {
                out = new ByteArrayOutputStream(buffer.length * 2);
            }
            out.write(buffer, 0, at);
            restart();
        }
    }

    /** Room for n more bytes, sending the buffer on when it has not; n must fit an empty buffer. */
    private void room(int n) throws IOException {
        if (at + n > buffer.length) {
            flush();
        }
    }

    /** JSON that is already written: a fragment, a field name with its punctuation. */
    void raw(byte[] json) throws IOException {
        int n = json.length;
        if (at + n > buffer.length) {
            flush();
            if (n > buffer.length) {
                out.write(json, 0, n);
                return;
            }
        }
        System.arraycopy(json, 0, buffer, at, n);
        at += n;
    }

    void raw(char c) throws IOException {
        room(1);
        buffer[at++] = (byte) c;
    }

    void writeNull() throws IOException {
        raw(NULL);
    }

    void bool(boolean value) throws IOException {
        raw(value ? TRUE : FALSE);
    }

    /** The buffer is empty again: what it held, the sentences' JSON too, is gone. */
    private void restart() {
        at = 0;
        Arrays.fill(sentences, null);
    }

    /**
     * A string as a JSON string, quoted and escaped; null as null. A sentence (a string of at
     * least {@link #SENTENCE} characters) written a moment ago, its JSON still in the buffer, is
     * copied from there.
     */
    void string(@Nullable String s) throws IOException {
        if (s == null) {
            writeNull();
            return;
        }
        int length = s.length();
        if (length >= SENTENCE && again(s)) {
            return;
        }
        if (length <= chunk) {
            // The usual case: quotes and text fit together, room is made once.
            room(length * 6 + 2);
            int from = at;
            buffer[at++] = '"';
            at = encode(s, 0, length, buffer, at);
            buffer[at++] = '"';
            if (length >= SENTENCE) {
                int i = nextSentence;
                sentences[i] = s;
                sentenceFrom[i] = from;
                sentenceTo[i] = at;
                nextSentence = (i + 1) % SENTENCES;
            }
            return;
        }
        raw('"');
        for (int from = 0; from < length; from += chunk) {
            int end = Math.min(length, from + chunk);
            room((end - from) * 6);
            at = encode(s, from, end, buffer, at);
        }
        raw('"');
    }

    /** Copies the JSON of this very sentence if the buffer holds it and has room for it again. */
    private boolean again(String s) {
        for (int i = 0; i < SENTENCES; i++) {
            if (sentences[i] == s) {
                int n = sentenceTo[i] - sentenceFrom[i];
                if (at + n > buffer.length) {
                    return false;
                }
                System.arraycopy(buffer, sentenceFrom[i], buffer, at, n);
                at += n;
                return true;
            }
        }
        return false;
    }

    /**
     * Characters {@code from} to {@code end} of the string into {@code b} at {@code p}, escaped;
     * returns the position after them. There must be room for six bytes a character.
     */
    private static int encode(String s, int from, int end, byte[] b, int p) {
        int i = from;
        // Text that needs no escape and is ASCII, nearly all of it, goes a byte a character.
        while (i < end) {
            char c = s.charAt(i);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                break;
            }
            b[p++] = (byte) c;
            i++;
        }
        return i == end ? p : escape(s, i, end, b, p);
    }

    /** As {@link #encode}, from the first character that is not plain ASCII. */
    private static int escape(String s, int from, int end, byte[] b, int p) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                int e = ESCAPES[c];
                if (e == 0) {
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    if (e > 0) {
                        b[p++] = (byte) e;
                    } else {
                        p = unicodeEscape(b, p, c);
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                // As Jackson's generator does by default: each half of a surrogate pair escaped.
                b[p++] = '\\';
                p = unicodeEscape(b, p, c);
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /** {@code uXXXX} after the backslash, in upper case. */
    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    /** A whole number, as Jackson writes a long. */
    void number(long n) throws IOException {
        if (n < 0 || n >= 1_000_000_000_000_000_000L) {
            raw(ascii(Long.toString(n)));
            return;
        }
        int count = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            count++;
        }
        room(count);
        at = digits(n, count);
    }

    /** Writes n with exactly the given count of digits, zero-padded; returns the new position. */
    private int digits(long n, int count) {
        long v = n;
        for (int i = count - 1; i >= 0; i--) {
            buffer[at + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + count;
    }

    private void digits(int n, int count) {
        at = digits((long) n, count);
    }

    /** A day as a JSON string, {@code "2024-04-08"}: {@link LocalDate#toString()} quoted. */
    void day(LocalDate day) throws IOException {
        int year = day.getYear();
        if (year < 0 || year > 9999) {
            string(day.toString());
            return;
        }
        room(12);
        buffer[at++] = '"';
        date(year, day.getMonthValue(), day.getDayOfMonth());
        buffer[at++] = '"';
    }

    /**
     * A moment as a JSON string, {@code "2024-04-08T10:00+02:00"}: {@link OffsetDateTime#toString()}
     * quoted (seconds only when not zero, then as many fraction digits as it needs, 3, 6 or 9);
     * null as null.
     */
    void moment(@Nullable OffsetDateTime moment) throws IOException {
        if (moment == null) {
            writeNull();
            return;
        }
        LocalDateTime local = moment.toLocalDateTime();
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            string(moment.toString());
            return;
        }
        String offset = moment.getOffset().getId();
        room(32 + offset.length());
        buffer[at++] = '"';
        date(year, local.getMonthValue(), local.getDayOfMonth());
        buffer[at++] = 'T';
        digits(local.getHour(), 2);
        buffer[at++] = ':';
        digits(local.getMinute(), 2);
        int second = local.getSecond();
        int nano = local.getNano();
        if (second > 0 || nano > 0) {
            buffer[at++] = ':';
            digits(second, 2);
            if (nano > 0) {
                buffer[at++] = '.';
                if (nano % 1_000_000 == 0) {
                    digits(nano / 1_000_000, 3);
                } else if (nano % 1000 == 0) {
                    digits(nano / 1000, 6);
                } else {
                    digits(nano, 9);
                }
            }
        }
        for (int i = 0; i < offset.length(); i++) {
            buffer[at++] = (byte) offset.charAt(i);
        }
        buffer[at++] = '"';
    }

    private void date(int year, int month, int dayOfMonth) {
        digits(year, 4);
        buffer[at++] = '-';
        digits(month, 2);
        buffer[at++] = '-';
        digits(dayOfMonth, 2);
    }
}
