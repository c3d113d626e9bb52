package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Filling a phrase cut up once gives what reading it character by character gives: for every
 * phrase of every book, with too few arguments, enough and more, and with values that are word
 * keys of the book, braces, colons, numbers and null.
 */
class PhraseTemplateTest {
    private static final Pattern WORD_SLOT = Pattern.compile("\\{\\d{1,2}:([^}]*)}");

    @Test
    void everyPhraseOfEveryBookIsFilledAsReadingItCharacterByCharacterFillsIt() {
        Random random = new Random(30);
        int compared = 0;
        int withWords = 0;
        List<PhraseBook> books = new ArrayList<>();
        PhraseBook.CITIZEN_LANGUAGES.forEach(l -> books.add(PhraseBook.of(PhraseBook.CITIZEN, l)));
        PhraseBook.TOOLS_LANGUAGES.forEach(l -> books.add(PhraseBook.of(PhraseBook.TOOLS, l)));
        for (PhraseBook book : books) {
            for (String key : book.keys()) {
                String pattern = book.pattern(key);
                List<Object> values = values(book, pattern);
                withWords += values.size() > PLAIN.size() ? 1 : 0;
                for (int n = 0; n <= 6; n++) {
                    for (int round = 0; round < 8; round++) {
                        Object[] args = new Object[n];
                        for (int a = 0; a < n; a++) {
                            args[a] = values.get(random.nextInt(values.size()));
                        }
                        assertThat(book.get(key, args)).as("%s %s %s", book.language(), key, Arrays.toString(args))
                                .isEqualTo(book.fill(pattern, args, true));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(withWords).as("phrases with word slots").isPositive();
    }

    @Test
    void oddlyWrittenSlotsAreCutAsTheyAreRead() {
        PhraseBook book = PhraseBook.of(PhraseBook.TOOLS, "da");
        List<String> patterns = List.of("", "{", "}", "{}", "{0", "0}", "{0}", "{00}", "{007}", "{1}{0}", "{0:}", "{0:x{1}",
                "{5:x{0}", "a{0}b{1:type}c", "{0}:{1}", "{ 0}", "{0 }", "{-1}", "{99}", "{0:word.a}", "x{0}:y}", "{{0}}",
                "{0:type}{0:type}", "{3}{0}", "æøå {0} ünï {1} 😀");
        Object[][] argLists = {{}, {"a"}, {"a", "b"}, {"integer", "{0}", null}, {1, 2, 3, 4, 5, 6}, {null, "boolean"}};
        for (String p : patterns) {
            PhraseTemplate t = PhraseTemplate.of(p);
            for (Object[] args : argLists) {
                for (boolean words : new boolean[] {true, false}) {
                    assertThat(t.fill(book, args, words)).as("'%s' %s %s", p, Arrays.toString(args), words)
                            .isEqualTo(book.fill(p, args, words));
                }
            }
        }
    }

    private static final List<Object> PLAIN = Arrays.asList("x", "", "{0}", "{", "}", ":", "a:b", 7, 42L, null, "æø");

    /** Plain values, and every value for which the book has a word phrase that the pattern's word slots name. */
    private static List<Object> values(PhraseBook book, String pattern) {
        List<Object> values = new ArrayList<>(PLAIN);
        Matcher m = WORD_SLOT.matcher(pattern);
        while (m.find()) {
            String prefix = m.group(1) + ".";
            for (String k : book.keys()) {
                if (k.startsWith(prefix)) {
                    values.add(k.substring(prefix.length()));
                }
            }
        }
        return values;
    }
}
