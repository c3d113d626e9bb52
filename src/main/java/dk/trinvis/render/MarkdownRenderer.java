package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.ResolvedGuide.GuideLink;
import dk.trinvis.model.ResolvedGuide.GuideStep;
import dk.trinvis.internal.util.Interpolation;
import java.util.List;

/** CommonMark: headings, an ordered list of steps, bodies as written, links with their text. */
public final class MarkdownRenderer implements GuideRenderer {
    /** Bodies made safe and rendered again, once per text. */
    private final MarkdownCache markdown = new MarkdownCache(Markdown::markdown);
    private final BoundedCache<Language, Labels> labels = new BoundedCache<>(Labels::new, Labels.MAX_LANGUAGES);

    /** A renderer; it is thread-safe, so one may be shared between threads. */
    public MarkdownRenderer() {
        // Nothing to set up: the cache fills as texts are rendered.
    }

    @Override
    public String render(ResolvedGuide guide) {
        Labels l = labels.get(guide.language());
        StringBuilder b = new StringBuilder();
        b.append("# ").append(literal(guide.title().text())).append("\n\n");
        b.append(literal(l.decision(guide.decision()))).append("\n\n");
        if (guide.intro() != null) {
            b.append(markdown.render(guide.intro().text()).strip()).append("\n\n");
        }
        if (!guide.ready().isEmpty()) {
            b.append("## ").append(l.ready()).append("\n\n");
            guide.ready().forEach(r -> b.append("- ").append(literal(r.text())).append('\n'));
            b.append('\n');
        }
        b.append("## ").append(l.steps()).append("\n\n");
        steps(b, guide.steps(), "", l);
        if (guide.processingTime() != null) {
            b.append("**").append(l.processingTime()).append(":** ").append(literal(guide.processingTime().text()))
                    .append("\n\n");
        }
        GuideLink start = WayIn.of(guide);
        if (start != null) {
            b.append(link(new GuideLink(start.url(), new LocalText(l.startSelfService(), guide.language())))).append("\n\n");
        }
        GuideLink selfService = start == null ? guide.selfService() : null;
        if (selfService != null || !guide.links().isEmpty()) {
            b.append("## ").append(l.links()).append("\n\n");
            if (selfService != null) {
                b.append("- ").append(link(selfService)).append('\n');
            }
            guide.links().forEach(k -> b.append("- ").append(link(k)).append('\n'));
            b.append('\n');
        }
        if (!guide.decision().help().isEmpty()) {
            b.append("## ").append(l.help()).append("\n\n");
            for (Decision.Help h : guide.decision().help()) {
                b.append("- **").append(literal(h.name())).append("**");
                if (h.contact().phone() != null) {
                    b.append(", ").append(literal(h.contact().phone()));
                }
                String state = l.state(h, guide.decision().receipt().at());
                b.append(state.isEmpty() ? "" : " (" + state + ")").append('\n');
            }
            b.append('\n');
        }
        if (guide.legal() != null) {
            b.append("*").append(l.legal()).append(": ").append(legal(guide.legal())).append("*\n");
        }
        return ControlChars.strip(b.toString());
    }

    private void steps(StringBuilder b, List<GuideStep> steps, String indent, Labels l) {
        int n = 1;
        for (GuideStep s : steps) {
            String marker = n++ + ". ";
            String inner = indent + " ".repeat(marker.length());
            b.append(indent).append(marker)
                    .append(s.condition() == null ? "" : "*" + literal(s.condition().text()) + ":* ")
                    .append("**").append(literal(s.title().text())).append("**")
                    .append(s.optional() ? " " + l.optional() : "").append('\n');
            if (s.body() != null) {
                for (String line : markdown.render(s.body().text()).strip().split("\n")) {
                    b.append(line.isBlank() ? "" : inner + line).append('\n');
                }
            }
            s.links().forEach(k -> b.append(inner).append(link(k)).append('\n'));
            if (!s.oneOf().isEmpty()) {
                b.append('\n').append(inner).append(l.either()).append("\n\n");
                steps(b, s.oneOf(), inner, l);
            }
            if (!s.steps().isEmpty()) {
                b.append('\n');
                steps(b, s.steps(), inner, l);
            }
            b.append('\n');
        }
    }

    private static String link(GuideLink k) {
        LocalText t = k.text();
        String text = literal(t == null ? k.url() : t.text());
        if (!Markdown.safeUrl(k.url())) {
            return text;
        }
        return "[" + text + "](<" + k.url().strip().replace("<", "%3C").replace(">", "%3E").replace("\n", "") + ">)";
    }

    /** The citations, each act linked to its ELI address where it has one. */
    private static String legal(Legal legal) {
        StringBuilder b = new StringBuilder();
        for (LegalReference r : legal.references()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            String act = literal(r.act());
            b.append(r.eli() != null && Markdown.safeUrl(r.eli())
                    ? "[" + act + "](<" + r.eli().strip().replace("<", "%3C").replace(">", "%3E").replace("\n", "") + ">)"
                    : act);
            if (r.section() != null && !r.section().isBlank()) {
                b.append(' ').append(literal(r.section()));
            }
        }
        return b.toString();
    }

    /** Escapes Markdown syntax so a plain value stays literal text. */
    static String literal(String s) {
        return Interpolation.markdownLiteral(s);
    }
}
