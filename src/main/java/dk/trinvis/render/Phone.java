package dk.trinvis.render;

import org.jspecify.annotations.Nullable;

/**
 * A phone field split into what is dialled and what is said about it: "70 20 00 00 (tast 2)" dials
 * 70200000 and keeps "(tast 2)" as text, so the menu choice is never dialled as part of the number.
 *
 * @param dial   digits with an optional leading +, for a {@code tel:} link; null when the field
 *               does not start with a number
 * @param number the number as written
 * @param rest   what follows the number, as written (may be empty)
 */
record Phone(@Nullable String dial, String number, String rest) {

    /**
     * Reads a number at the start of the field: optional white space, an optional +, then ASCII
     * digits in groups separated by single spaces or hyphens ({@code \s*(\+?\d+(?:[ -]\d+)*)}).
     * Scanned by hand rather than with a regular expression: it runs for every help offer of
     * every rendered guide, and a regex match allocates more than the guide's own text.
     */
    static Phone parse(String text) {
        int start = 0;
        while (start < text.length() && whitespace(text.charAt(start))) {
            start++;
        }
        int i = start < text.length() && text.charAt(start) == '+' ? start + 1 : start;
        int end = digits(text, i);
        if (end == i) {
            return new Phone(null, "", text);
        }
        while (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-')
                && digit(text.charAt(end + 1))) {
            end = digits(text, end + 1);
        }
        StringBuilder dial = new StringBuilder(end - start);
        int count = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '+' || digit(c)) {
                dial.append(c);
                count += c == '+' ? 0 : 1;
            }
        }
        // Too few digits to be a number anyone can call: show the text, link nothing.
        return count < 3 ? new Phone(null, "", text)
                : new Phone(dial.toString(), text.substring(start, end), text.substring(end));
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && digit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches in a Java regex by default. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
