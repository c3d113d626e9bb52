package dk.trinvis.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import dk.trinvis.internal.util.PhraseBook;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A message for editors by its key in the phrase books ({@code dk/trinvis/messages_<lang>.properties}),
 * with the values that fill its {@code {0}}, {@code {1}}, ... slots. The same phrase prints in
 * Danish or English (other languages get Danish); the key {@code KEY.hint} holds the hint, when there is one.
 *
 * @param key  the phrase-book key
 * @param args the values of the slots, in order
 */
@NullMarked
public record Phrase(String key, List<String> args) {
    /** Copies the list so the record stays immutable. */
    public Phrase {
        args = List.copyOf(args);
    }

    /** A phrase with its slot values, each printed with {@link String#valueOf(Object)}. */
    public static Phrase of(String key, @Nullable Object... args) {
        return new Phrase(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message in a language (Danish when the tools have no book in it). */
    public String message(Language lang) {
        return book(lang).get(key, args.toArray());
    }

    /** The hint in a language, or null when the phrase has none. */
    public @Nullable String hint(Language lang) {
        PhraseBook book = book(lang);
        return book.has(key + ".hint") ? book.get(key + ".hint", args.toArray()) : null;
    }

    /** A fixed text of the tools (labels, summaries) in a language. */
    public static String text(Language lang, String key, @Nullable Object... args) {
        return of(key, args).message(lang);
    }

    /** Danish when the JVM's locale is Danish, else English. */
    public static Language defaultLanguage() {
        return Locale.getDefault().getLanguage().equals("da") ? Language.DA : Language.EN;
    }

    private static PhraseBook book(Language lang) {
        return PhraseBook.of(PhraseBook.TOOLS, lang.code());
    }
}
