package example.portal;

import dk.trinvis.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portal's own words in one language ({@code words_<lang>.properties}): the chrome, the forms,
 * the error pages. The guide's words come from the library's renderers, the questions from the
 * rule set.
 */
final class Words {
    /** The languages the portal speaks, Danish first; the bundled rule set has texts in each. */
    static final List<Language> LANGUAGES = List.of(Language.DA, Language.EN, Language.UK);

    private static final Map<Language, Words> BY_LANGUAGE = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Words::load));

    private final Language language;
    private final Properties words;

    private Words(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    /** The words in a language the portal speaks, else Danish. */
    static Words of(Language language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Language.DA));
    }

    Language language() {
        return language;
    }

    /** The phrase, with {0}, {1}, ... filled in. */
    String get(String key, Object... args) {
        String phrase = words.getProperty(key);
        if (phrase == null) {
            throw new IllegalArgumentException("no phrase '" + key + "' in words_" + language.code());
        }
        return args.length == 0 ? phrase : new MessageFormat(phrase.replace("'", "''"), language.locale()).format(args);
    }

    /** The phrase's keys, for the test that every language has them all. */
    java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }

    private static Words load(Language language) {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("words_" + language.code() + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("words_" + language.code() + ".properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(language, p);
    }
}
