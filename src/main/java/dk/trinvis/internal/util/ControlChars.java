package dk.trinvis.internal.util;

/**
 * Takes out characters that act instead of showing: C0 and C1 controls (a terminal runs
 * {@code ESC[2J} or an OSC 8 link; NUL cuts C strings) and the bidirectional overrides and
 * isolates that make text read differently than it is stored (U+202E). Line ends and tabs stay.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** The text without control and bidi-control characters; the same string when it has none. */
    public static String strip(String s) {
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean unsafe(char c) {
        if (c < 0x7F) { // nearly every character of a page: settle it in one or two tests
            return c < 0x20 && c != '\n' && c != '\t';
        }
        return c <= 0x9F
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
