package dk.trinvis.internal.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * One book of fixed sentences in one language, read from {@code dk/trinvis/<book>_<code>.properties}
 * (UTF-8). {@code {0}}, {@code {1}}, ... are filled by plain replacement — not {@code MessageFormat},
 * whose apostrophe quoting would make every "municipality's" a trap for translators. A language
 * without a book, or a key a book lacks, falls back to Danish.
 *
 * <p>Read with {@link Class#getResourceAsStream} rather than {@code ResourceBundle.getBundle}, which
 * refuses a custom lookup in a named module: the same code serves the module path and the class path.
 */
public final class PhraseBook {
    /** The book of sentences a citizen reads: decision trace, guide and journey labels. */
    public static final String CITIZEN = "citizen";
    /** The book of sentences editors, testers and operators read: loader, lint, CLI. */
    public static final String TOOLS = "messages";
    /** Languages with a citizen book, Danish first; a test checks each file exists with every key. */
    public static final List<String> CITIZEN_LANGUAGES = List.of("da", "en", "uk");
    /** Languages with a tools book, Danish first. */
    public static final List<String> TOOLS_LANGUAGES = List.of("da", "en");

    private static final Map<String, PhraseBook> BOOKS = loadAll();

    private final String language;
    private final Map<String, String> phrases;
    private final PhraseBook danish;

    private PhraseBook(String language, Map<String, String> phrases, @Nullable PhraseBook danish) {
        this.language = language;
        this.phrases = phrases;
        this.danish = danish == null ? this : danish;
    }

    /** The book in a language, or the Danish one when the language has none. */
    public static PhraseBook of(String book, String languageCode) {
        PhraseBook b = BOOKS.get(book + "_" + languageCode);
        return b != null ? b : Objects.requireNonNull(BOOKS.get(book + "_da"), () -> "no Danish book " + book);
    }

    /** The language the book is written in (Danish when the one asked for has no book). */
    public String language() {
        return language;
    }

    /** Whether the book has the key. */
    public boolean has(String key) {
        return phrases.containsKey(key);
    }

    /** The phrase with its slots filled, from this book or else the Danish one. */
    public String get(String key, @Nullable Object... args) {
        return fill(pattern(key), args, true);
    }

    private String pattern(String key) {
        String pattern = phrases.get(key);
        if (pattern == null) {
            pattern = danish.phrases.get(key);
            if (pattern == null) {
                throw new IllegalArgumentException("no phrase '" + key + "' in the phrase books");
            }
        }
        return pattern;
    }

    /**
     * Fills {@code {0}}, {@code {1}}, ... with the arguments, each by {@link String#valueOf(Object)}.
     * A slot written {@code {0:word}} prints the book's phrase {@code word.<value>} instead, when the
     * book has one (filled with the same arguments, its own word slots printed as values): so a value
     * such as {@code integer} reads as a word of the language, not English inside a Danish sentence.
     */
    private String fill(String pattern, @Nullable Object[] args, boolean words) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int colon = close > 0 ? pattern.indexOf(':', i) : -1;
            int digitsEnd = colon > i && colon < close ? colon : close;
            int slot = close > i + 1 ? slot(pattern, i + 1, digitsEnd) : -1;
            if (slot >= 0 && slot < args.length) {
                String value = String.valueOf(args[slot]);
                String word = digitsEnd < close ? pattern.substring(digitsEnd + 1, close) + "." + value : null;
                if (word != null && words && (phrases.containsKey(word) || danish.phrases.containsKey(word))) {
                    value = fill(pattern(word), args, false);
                }
                out.append(value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Fills the slots of a pattern that is not in a book; word slots print their values. */
    static String fill(String pattern, @Nullable Object... args) {
        return of(TOOLS, "da").fill(pattern, args, false);
    }

    private static int slot(String pattern, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static Map<String, PhraseBook> loadAll() {
        Map<String, PhraseBook> books = new HashMap<>();
        load(books, CITIZEN, CITIZEN_LANGUAGES);
        load(books, TOOLS, TOOLS_LANGUAGES);
        return Map.copyOf(books);
    }

    private static void load(Map<String, PhraseBook> books, String book, List<String> languages) {
        PhraseBook danish = null;
        for (String code : languages) {
            PhraseBook b = new PhraseBook(code, read(book + "_" + code + ".properties"), danish);
            if (danish == null) {
                danish = b;
            }
            books.put(book + "_" + code, b);
        }
    }

    private static Map<String, String> read(String name) {
        try (InputStream in = PhraseBook.class.getResourceAsStream("/dk/trinvis/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the phrase book " + name + " is missing from the jar");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> out = new HashMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
