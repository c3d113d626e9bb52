package dk.trinvis.expr;

import java.util.List;

/**
 * A problem inside an expression's text.
 *
 * @param offset  0-based character offset of the culprit
 * @param length  its length in characters (at least 1 where there is text)
 * @param message what is wrong
 * @param hint    how to fix it, or null
 * @param phrase  the phrase-book key of the message, so it can print in Danish too; null for English only
 * @param args    the values of the phrase's slots
 */
public record ExprProblem(int offset, int length, String message, String hint, String phrase, List<String> args) {
    /** Copies the list so the record stays immutable. */
    public ExprProblem {
        args = List.copyOf(args);
    }

    /** A problem in English only. */
    public ExprProblem(int offset, int length, String message, String hint) {
        this(offset, length, message, hint, null, List.of());
    }
}
