package dk.trinvis.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.util.PhraseBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhraseBooksTest {
    private static final Pattern SLOT = Pattern.compile("\\{(\\d+)(?::([\\w.]+))?}");

    private static Properties book(String name, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PhraseBooksTest.class.getResourceAsStream("/dk/trinvis/" + name + "_" + lang + ".properties")) {
            assertThat(in).as("phrase book %s for %s", name, lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> languages(String name) {
        return name.equals(PhraseBook.CITIZEN) ? PhraseBook.CITIZEN_LANGUAGES : PhraseBook.TOOLS_LANGUAGES;
    }

    @ParameterizedTest
    @ValueSource(strings = {PhraseBook.CITIZEN, PhraseBook.TOOLS})
    void everyKeyExistsInEveryLanguageOfTheBook(String name) throws IOException {
        Set<String> danish = book(name, "da").stringPropertyNames();
        for (String lang : languages(name)) {
            assertThat(book(name, lang).stringPropertyNames()).as("keys of %s_%s", name, lang)
                    .containsExactlyInAnyOrderElementsOf(danish);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PhraseBook.CITIZEN, PhraseBook.TOOLS})
    void everyTranslationUsesTheSameSlots(String name) throws IOException {
        Properties da = book(name, "da");
        for (String lang : languages(name)) {
            Properties other = book(name, lang);
            for (String key : da.stringPropertyNames()) {
                assertThat(slots(other.getProperty(key))).as("slots of %s in %s_%s", key, name, lang)
                        .isEqualTo(slots(da.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PhraseBook.CITIZEN, PhraseBook.TOOLS})
    void noPhraseIsLeftUntranslated(String name) throws IOException {
        Properties da = book(name, "da");
        for (String lang : languages(name)) {
            if (lang.equals("da") || lang.equals("en")) {
                continue;
            }
            Properties other = book(name, lang);
            long same = da.stringPropertyNames().stream()
                    .filter(k -> !k.startsWith("format.") && other.getProperty(k).equals(da.getProperty(k))
                            && other.getProperty(k).chars().anyMatch(Character::isLetter))
                    .count();
            assertThat(same).as("phrases of %s_%s still in Danish", name, lang).isZero();
        }
    }

    @Test
    void everyCitizenLanguageHasDateFormatsThatFormat() {
        for (String code : PhraseBook.CITIZEN_LANGUAGES) {
            PhraseBook b = PhraseBook.of(PhraseBook.CITIZEN, code);
            java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 11, 27, 10, 0);
            assertThat(t.format(DateTimeFormatter.ofPattern(b.get("format.when"), Language.of(code).locale())))
                    .as("when in %s", code).contains("2026").contains("10:00");
        }
        assertThat(java.time.LocalDate.of(2026, 11, 27).format(DateTimeFormatter.ofPattern(
                PhraseBook.of(PhraseBook.CITIZEN, "uk").get("format.day"), Language.UK.locale())))
                .isEqualTo("27 листопада 2026");
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
        for (String lang : PhraseBook.TOOLS_LANGUAGES) {
            Properties book = book(PhraseBook.TOOLS, lang);
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


    @Test
    void aLanguageWithoutABookGetsDanish() {
        assertThat(Phrase.of("lint.TRV102", "flytning").message(Language.UK)).isEqualTo("ydelsen 'flytning' har ingen vejledning");
        assertThat(PhraseBook.of(PhraseBook.CITIZEN, "de").language()).isEqualTo("da");
        assertThat(PhraseBook.of(PhraseBook.CITIZEN, "de").get("label.steps")).isEqualTo("Trin for trin");
        assertThat(PhraseBook.of(PhraseBook.CITIZEN, "uk").get("label.steps")).isEqualTo("Крок за кроком");
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
