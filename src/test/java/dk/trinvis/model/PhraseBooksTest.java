package dk.trinvis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseBooksTest {
    private static final Pattern SLOT = Pattern.compile("\\{(\\d+)(?::([\\w.]+))?}");

    private static Properties book(Language lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PhraseBooksTest.class.getResourceAsStream("/dk/trinvis/messages_" + lang.code() + ".properties")) {
            assertThat(in).as("phrase book for %s", lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Set<String> english = book(Language.EN).stringPropertyNames();
        for (Language lang : Language.values()) {
            assertThat(book(lang).stringPropertyNames()).as("keys of %s", lang).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void everyTranslationUsesTheSameSlots() throws IOException {
        Properties en = book(Language.EN);
        Properties da = book(Language.DA);
        for (String key : en.stringPropertyNames()) {
            assertThat(slots(da.getProperty(key))).as("slots of %s", key).isEqualTo(slots(en.getProperty(key)));
        }
    }

    @Test
    void aPhrasePrintsInEitherLanguageWithItsValues() {
        Phrase p = Phrase.of("lint.TRV102", "flytning");
        assertThat(p.message(Language.EN)).isEqualTo("service 'flytning' has no guide");
        assertThat(p.message(Language.DA)).isEqualTo("ydelsen 'flytning' har ingen vejledning");
        assertThat(p.hint(Language.DA)).isEqualTo("tilføj en 'kind: Guide' med 'service: flytning'");
    }

    @Test
    void everyWordASlotLooksUpIsInTheBooks() throws IOException {
        for (Language lang : List.of(Language.DA, Language.EN)) {
            Properties book = book(lang);
            for (String key : book.stringPropertyNames()) {
                Matcher m = SLOT.matcher(book.getProperty(key));
                while (m.find()) {
                    if (m.group(2) != null) {
                        String words = m.group(2) + ".";
                        assertThat(book.stringPropertyNames()).as("words %s* used by %s in %s", words, key, lang)
                                .anyMatch(k -> k.startsWith(words));
                    }
                }
            }
        }
    }

    @Test
    void aSlotWithAWordPrintsTheWordOfTheLanguageOrElseTheValue() {
        Phrase words = Phrase.of("expr.cannotCompare", "integer", "string", "quotedNumber");
        assertThat(words.message(Language.EN)).isEqualTo("cannot compare integer with string");
        assertThat(words.message(Language.DA)).isEqualTo("kan ikke sammenligne et tal med en tekst");
        assertThat(words.hint(Language.DA)).isEqualTo("skriv tal uden anførselstegn");
        Phrase value = Phrase.of("type.expected", "bool", "'ja'");
        assertThat(value.message(Language.DA)).isEqualTo("forventede true eller false, men fandt 'ja'");
    }

    @Test
    void aValueIsPrintedAsWrittenEvenWhenItLooksLikeASlot() {
        assertThat(Phrase.of("lint.TRV102", "{1}").message(Language.EN)).isEqualTo("service '{1}' has no guide");
    }

    /** The slot numbers of a text: {@code {0}} and {@code {0:word}} are both slot 0. */
    private static Set<String> slots(String text) {
        Set<String> slots = new TreeSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            slots.add(m.group(1));
        }
        return slots;
    }
}
