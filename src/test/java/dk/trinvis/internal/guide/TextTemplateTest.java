package dk.trinvis.internal.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.util.Interpolation;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A text cut once at its placeholders fills in exactly as the placeholder pattern run over it each time. */
class TextTemplateTest {
    private static final Map<String, String> VALUES = Map.of("municipality.name", "Aarhus",
            "authority.name", "Udbetaling *Danmark* [UDK]", "decision.until", "", "service.title", "$1 \\ {{x}}");
    private static final Function<String, String> LOOKUP = VALUES::get;

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("{{", "}}", "{", "}", " ", "municipality.name", "authority.name", "decision.until",
                "service.title", "nope", "{{municipality.name}}", "{{ authority.name }}", "Borgerservice i ", "*", "\\",
                "$", "\n").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Property
    void fillsLikeThePatternDoesInMarkdownAndInPlainText(@ForAll("texts") String text) {
        TextTemplate template = TextTemplate.of(text);
        assertThat(template.fill(LOOKUP, true)).isEqualTo(byPattern(text, true));
        assertThat(template.fill(LOOKUP, false)).isEqualTo(byPattern(text, false));
    }

    private static String byPattern(String text, boolean markdown) {
        Matcher m = Interpolation.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = LOOKUP.apply(m.group(1));
            if (value == null) {
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(markdown ? Interpolation.markdownLiteral(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
