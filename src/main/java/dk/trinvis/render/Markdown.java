package dk.trinvis.render;

import dk.trinvis.internal.util.HtmlEscape;

import dk.trinvis.internal.util.Interpolation;
import dk.trinvis.internal.util.MarkdownLimits;
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
import org.jspecify.annotations.Nullable;

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
        if (document != null) {
            String out = MARKDOWN.render(document);
            // The round trip is not exact for every input (fuzzing found code-fence info strings that
            // come back as a paragraph with HTML): keep the output only if it reads back clean.
            Node again = MarkdownLimits.parse(out);
            if (again != null && unsafeNodes(again, Set.of()).isEmpty()) {
                return out;
            }
        }
        return Interpolation.markdownLiteral(markdown);
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
    private static @Nullable Node safe(String markdown, Set<String> imageHosts) {
        Node document = MarkdownLimits.parse(markdown);
        if (document == null) {
            return null;
        }
        for (Node node : unsafeNodes(document, imageHosts)) {
            if (node instanceof Link || node instanceof Image) {
                unwrap(node);
            } else if (node instanceof HtmlInline html) {
                html.insertBefore(new Text(html.getLiteral()));
                html.unlink();
            } else if (node instanceof HtmlBlock html) {
                html.insertBefore(literalParagraph(html.getLiteral()));
                html.unlink();
            } else {
                node.unlink(); // a link definition: links were resolved when parsed; it would re-emit its URL
            }
        }
        return document;
    }

    /** Links and images not allowed, raw HTML and link definitions, in document order. */
    private static List<Node> unsafeNodes(Node document, Set<String> imageHosts) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!safeUrl(link.getDestination())) {
                    found.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!allowedImage(image.getDestination(), imageHosts)) {
                    found.add(image);
                }
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
        return found;
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
