package dk.trinvis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseBooksTest {

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

    private static Set<String> slots(String text) {
        Set<String> slots = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            slots.add(m.group());
        }
        return slots;
    }
}
