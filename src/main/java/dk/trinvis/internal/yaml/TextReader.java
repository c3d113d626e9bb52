package dk.trinvis.internal.yaml;

import java.io.StringReader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a file's text already in memory, for a text whose every character is a
 * printable one of the Basic Multilingual Plane ({@link #fits}): there a character is a code
 * point, so positions, lines and columns are those SnakeYAML's own reader counts. Its own reader
 * copies the text into a window of code points a kilobyte at a time and makes every token's text
 * from code points; this one reads the string, cuts tokens with {@code substring} (a Latin-1
 * character from a table), and gives the same mark again while the place has not moved. Any
 * other text, and any text the parser refuses, is read by SnakeYAML's own reader
 * ({@link SafeYaml}), so problems are worded and placed as they always were.
 */
final class TextReader extends StreamReader {
    private static final String NAME = "'reader'";
    /** Marks carry no window: Trinvis reads only their line and column, never SnakeYAML's snippet. */
    private static final int[] NO_WINDOW = new int[0];
    /** Each Latin-1 character as a string: a third of the scanner's cuts are one character, mostly a blank. */
    private static final String[] ONE_CHAR = new String[256];

    static {
        for (int c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf((char) c);
        }
    }

    private final String text;
    private final int length;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;
    /** The last mark made: the scanner asks twice at one place about every other time, and marks never change. */
    private @Nullable Mark mark;

    TextReader(String text) {
        super(new StringReader(""));
        this.text = text;
        this.length = text.length();
    }

    /** Whether every character is one SnakeYAML reads as a printable code point of its own. */
    static boolean fits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printable = c >= 0x20 && c <= 0x7E || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!printable) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Mark getMark() {
        Mark last = mark;
        if (last == null || last.getIndex() != index) {
            last = new Mark(NAME, index, line, column, NO_WINDOW, 0);
            mark = last;
        }
        return last;
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && pointer < length; i++) {
            char c = text.charAt(pointer++);
            index++;
            documentIndex++;
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && pointer < length && text.charAt(pointer) != '\n') {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < length ? text.charAt(pointer) : '\0';
    }

    @Override
    public int peek(int ahead) {
        return pointer + ahead < length ? text.charAt(pointer + ahead) : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 1 && pointer < length && text.charAt(pointer) < ONE_CHAR.length) {
            return ONE_CHAR[text.charAt(pointer)];
        }
        return count == 0 ? "" : text.substring(pointer, Math.min(pointer + count, length));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        // As SnakeYAML's: a prefix never holds a line break.
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
