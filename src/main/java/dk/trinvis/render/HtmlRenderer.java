package dk.trinvis.render;

import static dk.trinvis.render.HtmlEscape.visible;

import dk.trinvis.model.Decision;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.ResolvedGuide.GuideLink;
import dk.trinvis.model.ResolvedGuide.GuideStep;
import dk.trinvis.model.Language;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An accessible HTML fragment: one {@code <section>} with headings that never skip a level, an
 * ordered list of steps, {@code lang} on text that falls back to Danish, descriptive links,
 * {@code <time>} for opening times. No scripts, no event handlers, no inline styles; every value
 * is escaped and Markdown is rendered with raw HTML escaped. Thread-safe: keep one and share it,
 * as it renders each Markdown text once and keeps the result (a bounded cache).
 *
 * <p>No control or bidi character reaches the page ({@link ControlChars}), yet the page is not
 * scanned again once joined: each piece that can hold a guide's text is cleaned when it is made
 * ({@link HtmlEscape#visible} for every text, Markdown when it is cached, the HTML under the title
 * when it is set), and the rest is the renderer's own markup.
 */
public final class HtmlRenderer implements GuideRenderer {
    private final int headingLevel;
    private final Set<String> imageHosts;
    /** Prefix of step ids, so that several guides on one page keep their ids unique. */
    private final String idPrefix;
    private final boolean withHelp;
    /** Whether to add the class vocabulary of Det Fælles Designsystem next to the trinvis- classes. */
    private final boolean dkfds;
    /** HTML placed right under the title, e.g. a journey's deadline; already escaped. */
    private final String afterTitle;
    /** Markdown rendered with these image hosts, shared by the variants of this renderer. */
    private final MarkdownCache markdown;
    private final LabelsByLanguage labels;
    private final String escapedIdPrefix;

    /** Heading tags by level; level 6 is the deepest a renderer reaches (top level 5, one below). */
    private static final String[] OPEN = {"", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6"};
    private static final String[] CLOSE = {"", "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"};

    /** A renderer whose top heading is {@code <h2>}, for embedding under a page's {@code <h1>}. */
    public HtmlRenderer() {
        this(2);
    }

    /** A renderer whose top heading has the given level (1 to 5); it shows no images. */
    public HtmlRenderer(int headingLevel) {
        this(headingLevel, Set.of());
    }

    /**
     * A renderer that shows Markdown images from the given hosts (https only), e.g. the portal's
     * own; an image from any other host is shown as its description, so guides carry no tracking
     * pixels.
     */
    public HtmlRenderer(int headingLevel, Set<String> imageHosts) {
        this(headingLevel, imageHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet()), "trin-", true, false, "", null, null);
    }

    private HtmlRenderer(int headingLevel, Set<String> imageHosts, String idPrefix, boolean withHelp, boolean dkfds,
                         String afterTitle, @Nullable MarkdownCache markdown, @Nullable LabelsByLanguage labels) {
        if (headingLevel < 1 || headingLevel > 5) {
            throw new IllegalArgumentException("heading level must be 1 to 5, not " + headingLevel);
        }
        this.headingLevel = headingLevel;
        this.imageHosts = imageHosts;
        this.idPrefix = idPrefix;
        this.escapedIdPrefix = visible(idPrefix);
        this.withHelp = withHelp;
        this.dkfds = dkfds;
        this.afterTitle = ControlChars.strip(afterTitle);
        this.markdown = markdown != null ? markdown : new MarkdownCache(text -> ControlChars.strip(Markdown.html(text, imageHosts)));
        this.labels = labels != null ? labels : new LabelsByLanguage();
    }

    /**
     * The same renderer speaking the class vocabulary of Det Fælles Designsystem (DKFDS, the
     * design system of borger.dk's self-service solutions) as well as its own {@code trinvis-}
     * classes, so a portal built on DKFDS shows guides that fit without CSS of its own: the
     * decision as an information alert, link and help lists without bullets, the legal basis and
     * processing time as hints. Trinvis ships no DKFDS files; the portal loads DKFDS itself.
     */
    public HtmlRenderer dkfds() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, true, afterTitle, markdown, labels);
    }

    /** The labels in a language, made once per language for this renderer and its variants. */
    Labels labels(Language language) {
        return labels.in(language);
    }

    /** Whether this renderer adds the DKFDS classes. */
    boolean isDkfds() {
        return dkfds;
    }

    /** The class attribute: the trinvis- class, plus the DKFDS classes when asked for. */
    String classes(String trinvis, String designSystem) {
        return " class=\"" + trinvis + (dkfds ? " " + designSystem : "") + "\"";
    }

    /** Appends the class attribute, as {@link #classes}. */
    private Pieces classes(Pieces b, String trinvis, String designSystem) {
        b.append(" class=\"").append(trinvis);
        return (dkfds ? b.append(" ").append(designSystem) : b).append("\"");
    }

    /** The same renderer with step ids prefixed, e.g. by the service id in a journey. */
    HtmlRenderer idPrefix(String prefix) {
        return new HtmlRenderer(headingLevel, imageHosts, prefix, withHelp, dkfds, afterTitle, markdown, labels);
    }

    /** The same renderer leaving out the help block, which a journey's print pack shows once. */
    HtmlRenderer withoutHelp() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, false, dkfds, afterTitle, markdown, labels);
    }

    /** The same renderer placing this HTML, already escaped, right under the guide's title. */
    HtmlRenderer afterTitle(String html) {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, dkfds, html, markdown, labels);
    }

    @Override
    public String render(ResolvedGuide guide) {
        Language lang = guide.language();
        Labels l = labels.in(lang);
        Pieces b = new Pieces();
        b.append("<section class=\"trinvis-guide\" lang=\"").append(lang.code()).append("\">\n");
        heading(b, 0, guide.title(), lang);
        b.append(afterTitle);
        decision(b, l.decision(guide.decision()));
        if (guide.intro() != null) {
            block(b, "div", "trinvis-intro", guide.intro(), lang);
        }
        if (!guide.ready().isEmpty()) {
            heading(b, 1, l.ready());
            b.append("<ul class=\"trinvis-ready\">\n");
            guide.ready().forEach(r -> b.append("<li").append(langAttr(r, lang)).append(">")
                    .append(visible(r.text())).append("</li>\n"));
            b.append("</ul>\n");
        }
        heading(b, 1, l.steps());
        steps(b, guide.steps(), lang, l);
        if (guide.processingTime() != null) {
            classes(b.append("<p"), "trinvis-processing-time", "form-hint").append("><strong>").append(visible(l.processingTime()))
                    .append(":</strong> <span").append(langAttr(guide.processingTime(), lang)).append(">")
                    .append(visible(guide.processingTime().text())).append("</span></p>\n");
        }
        if (guide.selfService() != null || !guide.links().isEmpty()) {
            heading(b, 1, l.links());
            classes(b.append("<ul"), "trinvis-links", "nobullet-list").append(">\n");
            if (guide.selfService() != null) {
                link(b.append("<li>"), guide.selfService(), lang).append("</li>\n");
            }
            guide.links().forEach(k -> link(b.append("<li>"), k, lang).append("</li>\n"));
            b.append("</ul>\n");
        }
        if (withHelp) {
            help(b, guide.decision(), l);
        }
        if (guide.legal() != null) {
            classes(b.append("<p"), "trinvis-legal", "form-hint").append(">").append(visible(l.legal())).append(": ").append(visible(guide.legal()))
                    .append("</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** The decision in one sentence; with DKFDS, as an information alert. */
    void decision(Pieces b, String sentence) {
        if (dkfds) {
            b.append("<div class=\"trinvis-decision alert alert-info\"><div class=\"alert-body\"><p class=\"alert-text\">")
                    .append(visible(sentence)).append("</p></div></div>\n");
        } else {
            b.append("<p class=\"trinvis-decision\">").append(visible(sentence)).append("</p>\n");
        }
    }

    void help(Pieces b, Decision decision, Labels l) {
        if (decision.help().isEmpty()) {
            return;
        }
        heading(b, 1, l.help());
        classes(b.append("<ul"), "trinvis-help", "nobullet-list").append(">\n");
        for (Decision.Help h : decision.help()) {
            b.append("<li><strong>").append(visible(h.name())).append("</strong>");
            if (h.contact().phone() != null) {
                Phone phone = Phone.parse(h.contact().phone());
                b.append(", ");
                if (phone.dial() != null) {
                    b.append("<a href=\"tel:").append(visible(phone.dial())).append("\">").append(visible(phone.number()))
                            .append("</a>");
                }
                b.append(visible(phone.rest()));
            }
            if (h.contact().url() != null && Markdown.safeUrl(h.contact().url())) {
                b.append(", <a href=\"").append(visible(h.contact().url())).append("\">").append(visible(h.name()))
                        .append("</a>");
            }
            if (Boolean.FALSE.equals(h.openNow()) && h.nextOpening() != null) {
                b.append(" (<time datetime=\"").append(visible(h.nextOpening().toString())).append("\">")
                        .append(visible(l.opens(h.nextOpening()))).append("</time>)");
            } else {
                b.append(" (").append(visible(l.state(h))).append(")");
            }
            if (!h.processes()) {
                b.append(" – ").append(visible(l.guidanceOnly()));
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private void steps(Pieces b, List<GuideStep> steps, Language lang, Labels l) {
        b.append("<ol class=\"trinvis-steps\">\n");
        for (GuideStep s : steps) {
            b.append("<li id=\"").append(escapedIdPrefix).append(visible(s.id())).append("\"")
                    .append(s.condition() == null ? "" : " class=\"trinvis-conditional\"").append(">");
            if (s.condition() != null) {
                b.append("<span class=\"trinvis-condition\"").append(langAttr(s.condition(), lang)).append(">")
                        .append(visible(s.condition().text())).append(":</span> ");
            }
            b.append("<strong").append(langAttr(s.title(), lang)).append(">").append(visible(s.title().text()))
                    .append("</strong>");
            if (s.optional()) {
                b.append(" <em>").append(visible(l.optional())).append("</em>");
            }
            b.append("\n");
            if (s.body() != null) {
                block(b, "div", "trinvis-body", s.body(), lang);
            }
            if (!s.links().isEmpty()) {
                b.append("<ul class=\"trinvis-links\">\n");
                s.links().forEach(k -> link(b.append("<li>"), k, lang).append("</li>\n"));
                b.append("</ul>\n");
            }
            if (!s.oneOf().isEmpty()) {
                b.append("<p>").append(visible(l.either())).append("</p>\n");
                steps(b, s.oneOf(), lang, l);
            }
            if (!s.steps().isEmpty()) {
                steps(b, s.steps(), lang, l);
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private void heading(Pieces b, int depth, LocalText text, Language lang) {
        int level = headingLevel + depth;
        b.append(OPEN[level]).append(langAttr(text, lang)).append(">").append(visible(text.text()))
                .append(CLOSE[level]);
    }

    private void heading(Pieces b, int depth, String text) {
        int level = headingLevel + depth;
        b.append(OPEN[level]).append(">").append(visible(text)).append(CLOSE[level]);
    }

    private void block(Pieces b, String tag, String cssClass, LocalText text, Language lang) {
        b.append("<").append(tag).append(" class=\"").append(cssClass).append("\"").append(langAttr(text, lang))
                .append(">\n").append(markdown.render(text.text())).append("</").append(tag).append(">\n");
    }

    private static Pieces link(Pieces b, GuideLink k, Language lang) {
        String text = k.text() == null ? k.url() : k.text().text();
        if (!Markdown.safeUrl(k.url())) {
            return b.append(visible(text));
        }
        return b.append("<a href=\"").append(visible(k.url())).append("\"")
                .append(k.text() == null ? "" : langAttr(k.text(), lang)).append(">").append(visible(text)).append("</a>");
    }

    /** A lang attribute where the text is not in the page's language (a Danish fallback). */
    static String langAttr(LocalText text, Language page) {
        return text.fallsBackFrom(page) ? " lang=\"" + text.language().code() + "\"" : "";
    }
}
