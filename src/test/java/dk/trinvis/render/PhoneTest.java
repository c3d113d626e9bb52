package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written phone scanner splits every field exactly as the regular expression it replaced. */
class PhoneTest {
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\+?\\d+(?:[ \\-]\\d+)*)(.*)$", Pattern.DOTALL);

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.strings().withChars("0123456789 -+\t\n\u000B\f\r(tas)\u0667\u00a0").ofMaxLength(20);
    }

    @Property
    void splitsLikeTheRegularExpression(@ForAll("fields") String field) {
        assertThat(Phone.parse(field)).isEqualTo(byRegex(field));
    }

    private static Phone byRegex(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return new Phone(null, "", text);
        }
        String dial = m.group(1).replaceAll("[ \\-]", "");
        return dial.replace("+", "").length() < 3 ? new Phone(null, "", text) : new Phone(dial, m.group(1), m.group(2));
    }
}
