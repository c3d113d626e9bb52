package dk.trinvis.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message for editors by its key in the phrase books ({@code dk/trinvis/messages_<lang>.properties}),
 * with the values that fill its {@code {0}}, {@code {1}}, ... slots. The same phrase prints in
 * Danish or English; the key {@code KEY.hint} holds the hint, when there is one. A slot written
 * {@code {0:word}} prints the book's text under {@code word.<value>} (filled with the same values),
 * or the value itself when the book has no such key: so a value like {@code integer} or
 * {@code area} is a word of each language, not English inside a Danish sentence.
 *
 * @param key  the phrase-book key
 * @param args the values of the slots, in order
 */
public record Phrase(String key, List<String> args) {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** A slot: {@code {0}}, or {@code {0:word}} to print the value as a word of the book. */
    private static final Pattern SLOT = Pattern.compile("\\{(\\d+)(?::([\\w.]+))?}");

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
        ResourceBundle book = book(lang);
        return fill(book, book.getString(key), true);
    }

    /** The hint in a language, or null when the phrase has none. */
    public String hint(Language lang) {
        ResourceBundle book = book(lang);
        return book.containsKey(key + ".hint") ? fill(book, book.getString(key + ".hint"), true) : null;
    }

    /** A fixed text of the tools (labels, summaries) in a language. */
    public static String text(Language lang, String key, Object... args) {
        return of(key, args).message(lang);
    }

    /** Danish when the JVM's locale is Danish, else English. */
    public static Language defaultLanguage() {
        return Locale.getDefault().getLanguage().equals("da") ? Language.DA : Language.EN;
    }

    /** Fills the slots; a word looked up for a slot is filled too, but its own words are not looked up again. */
    private String fill(ResourceBundle book, String pattern, boolean words) {
        Matcher slot = SLOT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            int i = Integer.parseInt(slot.group(1));
            String value = i < args.size() ? args.get(i) : slot.group();
            String word = slot.group(2) == null ? null : slot.group(2) + "." + value;
            if (words && word != null && i < args.size() && book.containsKey(word)) {
                value = fill(book, book.getString(word), false);
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return slot.appendTail(out).toString();
    }

    private static ResourceBundle book(Language lang) {
        try {
            return ResourceBundle.getBundle("dk.trinvis.messages", Locale.forLanguageTag(lang.code()), EXACT);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the phrase book for " + lang.code() + " is missing from the jar", e);
        }
    }
}
