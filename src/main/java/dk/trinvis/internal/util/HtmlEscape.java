package dk.trinvis.internal.util;

/** Escapes text for HTML element content and attribute values: the one escaper Trinvis uses. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** The text with {@code & < > " '} replaced by character references; the same string when it has none. */
    public static String escape(String s) {
        int first = firstSpecial(s);
        return first < 0 ? s : escape(s, first, false);
    }

    /**
     * The text escaped as by {@link #escape(String)} and without the characters {@link ControlChars}
     * takes out, in one pass: what the HTML renderer does to every text it writes, so that no
     * control character reaches a page without a second scan of the whole page.
     */
    public static String visible(String s) {
        int first = firstSpecialOrUnsafe(s);
        return first < 0 ? s : escape(s, first, true);
    }

    private static String escape(String s, int first, boolean strip) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (!strip || !ControlChars.unsafe(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static int firstSpecialOrUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '>' ? c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c < 0x20 && c != '\n' && c != '\t'
                    : c >= 0x7F && ControlChars.unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return i;
            }
        }
        return -1;
    }
}
