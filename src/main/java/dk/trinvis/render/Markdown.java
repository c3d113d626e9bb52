package dk.trinvis.render;

import dk.trinvis.yaml.Interpolation;
import dk.trinvis.yaml.MarkdownLimits;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown in guide text through commonmark-java, made safe the same way for every format before
 * it is rendered: raw HTML becomes literal text, a link whose scheme is not https, mailto or tel
 * becomes its text, an image becomes its description unless its https host is allowed, and a
 * text over {@link MarkdownLimits} is shown as plain text instead of being parsed.
 */
final class Markdown {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private Markdown() {
    }

    static String html(String markdown, Set<String> imageHosts) {
        Node document = safe(markdown, imageHosts);
        return document == null ? "<p>" + escape(markdown) + "</p>\n" : HTML.render(document);
    }

    static String text(String markdown) {
        Node document = safe(markdown, Set.of());
        return document == null ? markdown : TEXT.render(document);
    }

    /** The Markdown again, with what is unsafe taken out; what a Markdown page may embed as written. */
    static String markdown(String markdown) {
        Node document = safe(markdown, Set.of());
        if (document == null) {
            return Interpolation.markdownLiteral(markdown);
        }
        return MARKDOWN.render(document);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        return HtmlEscape.escape(s);
    }

    /** Whether a URL may be put in a link: https, mailto and tel only, in every format. */
    static boolean safeUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("mailto:") || lower.startsWith("tel:");
    }

    /** Whether an image may be shown: an https URL on one of the allowed hosts. */
    static boolean allowedImage(String url, Set<String> hosts) {
        if (hosts.isEmpty() || !url.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            return false;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The parsed and cleaned document, or null when the text is over the limits. */
    private static Node safe(String markdown, Set<String> imageHosts) {
        Node document = MarkdownLimits.parse(markdown);
        if (document == null) {
            return null;
        }
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                found.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                found.add(html);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                found.add(definition);
            }
        });
        for (Node node : found) {
            if (node instanceof Link link && !safeUrl(link.getDestination())) {
                unwrap(link);
            } else if (node instanceof Image image && !allowedImage(image.getDestination(), imageHosts)) {
                unwrap(image);
            } else if (node instanceof HtmlInline html) {
                html.insertBefore(new Text(html.getLiteral()));
                html.unlink();
            } else if (node instanceof HtmlBlock html) {
                html.insertBefore(literalParagraph(html.getLiteral()));
                html.unlink();
            } else if (node instanceof LinkReferenceDefinition) {
                node.unlink(); // links were resolved when parsed; the definition would re-emit its URL
            }
        }
        return document;
    }

    /** Puts a node's children where it stands and removes it: a link becomes its text. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static Paragraph literalParagraph(String literal) {
        Paragraph p = new Paragraph();
        String[] lines = literal.strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.appendChild(new SoftLineBreak());
            }
            p.appendChild(new Text(lines[i]));
        }
        return p;
    }
}
