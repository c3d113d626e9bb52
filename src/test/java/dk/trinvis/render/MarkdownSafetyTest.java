package dk.trinvis.render;

import dk.trinvis.internal.util.HtmlEscape;

import dk.trinvis.internal.util.ControlChars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Markdown that never went through the loader's limits still renders, as plain text. */
class MarkdownSafetyTest {

    @Test
    void tenThousandNestedQuotesRenderAsPlainTextInEveryForm() {
        String body = "> ".repeat(10_000) + "x";
        assertThat(Markdown.html(body, Set.of())).startsWith("<p>&gt; &gt; ").doesNotContain("<blockquote>");
        assertThat(Markdown.text(body)).isEqualTo(body);
        assertThat(Markdown.markdown(body)).startsWith("\\> \\> ");
    }

    @Test
    void twoHundredThousandOpenTagsAreNotParsed() {
        String body = "<a ".repeat(200_000);
        // Guards a hang only (the unlimited parser takes minutes); not a performance assert.
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Markdown.html(body, Set.of()));
        assertThat(html).startsWith("<p>&lt;a &lt;a ");
    }

    @Test
    void aLongEmphasisRunIsNotParsed() {
        String body = "*".repeat(5_000) + "a" + "*".repeat(5_000);
        assertThat(Markdown.html(body, Set.of())).doesNotContain("<em>");
    }

    @Test
    void onlyHttpsMailtoAndTelAreSafeUrls() {
        assertThat(Markdown.safeUrl("https://www.borger.dk/")).isTrue();
        assertThat(Markdown.safeUrl("mailto:a@b.dk")).isTrue();
        assertThat(Markdown.safeUrl("tel:70200000")).isTrue();
        assertThat(Markdown.safeUrl("http://www.borger.dk/")).isFalse();
        assertThat(Markdown.safeUrl(" JavaScript:alert(1)")).isFalse();
        assertThat(Markdown.safeUrl("data:text/html;base64,PHNjcmlwdD4=")).isFalse();
    }

    @Test
    void aPhoneFieldDialsOnlyItsNumber() {
        assertThat(Phone.parse("70 20 00 00 (tast 2)")).isEqualTo(new Phone("70200000", "70 20 00 00", " (tast 2)"));
        assertThat(Phone.parse("+45 33-66-33-66")).isEqualTo(new Phone("+4533663366", "+45 33-66-33-66", ""));
        assertThat(Phone.parse("Ring til os").dial()).isNull();
        assertThat(Phone.parse("\u0667\u0660 20 00 00").dial()).as("Arabic-Indic digits are not dialled").isNull();
    }

    @Test
    void controlAndBidiCharactersAreTakenOutButLineEndsStay() {
        assertThat(ControlChars.strip("a\u001b[2Jb\u0007\u0000c\u202Ed\u009be\nf\tg")).isEqualTo("a[2Jbcde\nf\tg");
    }

    @Test
    void visibleTextIsEscapedAndCleanedOfControlCharactersInOnePass() {
        String text = "a<b\u001b[2J 'c' & \"d\"\u202E\u0085\n\te>";
        assertThat(HtmlEscape.visible(text)).isEqualTo(ControlChars.strip(HtmlEscape.escape(text)))
                .isEqualTo("a&lt;b[2J &#39;c&#39; &amp; &quot;d&quot;\n\te&gt;");
        String plain = "Skaf dig MitID – æøå";
        assertThat(HtmlEscape.visible(plain)).isSameAs(plain);
    }
}
