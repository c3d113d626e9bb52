package dk.trinvis.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message for editors by its key in the phrase books ({@code dk/trinvis/messages_<lang>.properties}),
 * with the values that fill its {@code {0}}, {@code {1}}, ... slots. The same phrase prints in
 * Danish or English; the key {@code KEY.hint} holds the hint, when there is one.
 *
 * @param key  the phrase-book key
 * @param args the values of the slots, in order
 */
public record Phrase(String key, List<String> args) {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Copies the list so the record stays immutable. */
    public Phrase {
        args = List.copyOf(args);
    }

    /** A phrase with its slot values, each printed with {@link String#valueOf(Object)}. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message in a language. */
    public String message(Language lang) {
        return fill(book(lang).getString(key));
    }

    /** The hint in a language, or null when the phrase has none. */
    public String hint(Language lang) {
        ResourceBundle book = book(lang);
        return book.containsKey(key + ".hint") ? fill(book.getString(key + ".hint")) : null;
    }

    /** A fixed text of the tools (labels, summaries) in a language. */
    public static String text(Language lang, String key, Object... args) {
        return of(key, args).message(lang);
    }

    /** Danish when the JVM's locale is Danish, else English. */
    public static Language defaultLanguage() {
        return Locale.getDefault().getLanguage().equals("da") ? Language.DA : Language.EN;
    }

    private String fill(String pattern) {
        String out = pattern;
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", args.get(i));
        }
        return out;
    }

    private static ResourceBundle book(Language lang) {
        try {
            return ResourceBundle.getBundle("dk.trinvis.messages", Locale.forLanguageTag(lang.code()), EXACT);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the phrase book for " + lang.code() + " is missing from the jar", e);
        }
    }
}
