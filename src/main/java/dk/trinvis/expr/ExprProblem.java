package dk.trinvis.expr;

/**
 * A problem inside an expression's text.
 *
 * @param offset  0-based character offset of the culprit
 * @param length  its length in characters (at least 1 where there is text)
 * @param message what is wrong
 * @param hint    how to fix it, or null
 */
public record ExprProblem(int offset, int length, String message, String hint) {
}
