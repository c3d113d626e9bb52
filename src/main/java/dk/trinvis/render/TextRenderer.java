package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide.GuideStep;
import dk.trinvis.model.ResolvedGuide;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Plain text wrapped at 72 columns with numbered steps: for terminals and for reading aloud. */
public final class TextRenderer implements GuideRenderer {
    /** The width lines are wrapped at. */
    public static final int WIDTH = 72;

    /** Bodies as plain text, once per text. */
    private final MarkdownCache markdown = new MarkdownCache(Markdown::text);
    private final BoundedCache<Language, Labels> labels = new BoundedCache<>(Labels::new, Labels.MAX_LANGUAGES);

    /** A renderer; it is thread-safe, so one may be shared between threads. */
    public TextRenderer() {
        // Nothing to set up: the cache fills as texts are rendered.
    }

    @Override
    public String render(ResolvedGuide guide) {
        Labels l = labels.get(guide.language());
        StringBuilder b = new StringBuilder();
        String title = guide.title().text() + " (" + guide.municipalityName() + ")";
        b.append(title).append('\n').append("=".repeat(Math.min(WIDTH, title.length()))).append("\n\n");
        paragraph(b, l.decision(guide.decision()), "");
        if (guide.intro() != null) {
            paragraph(b, markdown.render(guide.intro().text()), "");
        }
        if (!guide.ready().isEmpty()) {
            b.append(l.ready()).append(":\n");
            guide.ready().forEach(r -> wrap(b, r.text(), "  - ", "    "));
            b.append('\n');
        }
        b.append(l.steps()).append(":\n");
        steps(b, guide.steps(), "", "  ", l);
        b.append('\n');
        if (guide.processingTime() != null) {
            paragraph(b, l.processingTime() + ": " + guide.processingTime().text(), "");
        }
        ResolvedGuide.GuideLink start = WayIn.of(guide);
        if (start != null) {
            paragraph(b, l.startSelfService() + ": " + start.url(), "");
        } else if (guide.selfService() != null) {
            paragraph(b, l.selfService() + ": " + url(guide.selfService().url()), "");
        }
        if (!guide.decision().help().isEmpty()) {
            b.append(l.help()).append(":\n");
            for (Decision.Help h : guide.decision().help()) {
                wrap(b, h.name() + contact(h) + " (" + l.state(h, guide.decision().receipt().at()) + ")", "  - ", "    ");
            }
            b.append('\n');
        }
        if (guide.legal() != null) {
            paragraph(b, l.legal() + ": " + guide.legal().citation(), "");
        }
        return ControlChars.strip(b.toString());
    }

    private static String contact(Decision.Help h) {
        if (h.contact().phone() != null) {
            return ", " + h.contact().phone();
        }
        return h.contact().url() != null && Markdown.safeUrl(h.contact().url()) ? ", " + h.contact().url() : "";
    }

    /** A URL that is not https, mailto or tel is not shown: a terminal may make it clickable. */
    private static String url(String url) {
        return Markdown.safeUrl(url) ? url : "-";
    }

    private void steps(StringBuilder b, List<GuideStep> steps, String prefix, String margin, Labels l) {
        int n = 1;
        for (GuideStep s : steps) {
            String number = prefix + n++ + ". ";
            String indent = margin + " ".repeat(number.length());
            String condition = s.condition() == null ? "" : s.condition().text() + ": ";
            wrap(b, condition + s.title().text() + (s.optional() ? " " + l.optional() : ""), margin + number, indent);
            if (s.body() != null) {
                for (String para : markdown.render(s.body().text()).split("\n")) {
                    if (!para.isBlank()) {
                        wrap(b, para, indent, indent);
                    }
                }
            }
            for (ResolvedGuide.GuideLink link : s.links()) {
                wrap(b, text(link.text(), link.url()) + (Markdown.safeUrl(link.url()) ? ": " + link.url() : ""),
                        indent, indent);
            }
            if (!s.oneOf().isEmpty()) {
                wrap(b, l.either(), indent, indent);
                steps(b, s.oneOf(), number.trim(), indent, l);
            }
            steps(b, s.steps(), number.trim(), indent, l);
        }
    }

    private static String text(@Nullable LocalText t, String fallback) {
        return t == null ? fallback : t.text();
    }

    private static void paragraph(StringBuilder b, String text, String indent) {
        wrap(b, text, indent, indent);
        b.append('\n');
    }

    /** Wraps words at {@link #WIDTH}; a word longer than a line stands alone. */
    static void wrap(StringBuilder b, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.trim().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                b.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        b.append(line).append('\n');
    }
}
