package dk.trinvis.internal.expr;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * A problem inside an expression's text, said by a phrase of the phrase books so an editor reads
 * it in Danish or English.
 *
 * @param offset 0-based character offset of the culprit
 * @param length its length in characters (at least 1 where there is text)
 * @param phrase what is wrong and how to fix it
 */
public record ExprProblem(int offset, int length, Phrase phrase) {
    /** A problem said by the phrase under {@code key}, with its slot values. */
    static ExprProblem of(int offset, int length, String key, Object... args) {
        return new ExprProblem(offset, length, Phrase.of(key, args));
    }

    /** What is wrong, in English. */
    public String message() {
        return phrase.message(Language.EN);
    }

    /** How to fix it, in English, or null. */
    public @Nullable String hint() {
        return phrase.hint(Language.EN);
    }
}
