package dk.trinvis.render;

import static dk.trinvis.render.HtmlEscape.visible;

import dk.trinvis.model.Decision;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.ResolvedGuide.GuideLink;
import dk.trinvis.model.ResolvedGuide.GuideStep;
import dk.trinvis.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** Phone fields kept as HTML before they start over; a rule set has a few dozen help offers. */
    static final int MAX_PHONES = 256;

    private final int headingLevel;
    private final Set<String> imageHosts;
    /** Prefix of step ids, so that several guides on one page keep their ids unique. */
    private final String idPrefix;
    private final boolean withHelp;
    /** Whether to add the class vocabulary of Det Fælles Designsystem next to the trinvis- classes. */
    private final boolean dkfds;
    /** HTML placed right under the title, e.g. a journey's deadline; escaped and cleaned. */
    private final String afterTitle;
    /** Markdown rendered with these image hosts, shared by the variants of this renderer. */
    private final MarkdownCache markdown;
    /** Labels by language, shared by the variants of this renderer. */
    private final Memo<Language, Labels> labels;
    /** The fixed HTML by language, shared by the variants with the same classes. */
    private final Memo<Language, HtmlWords> words;
    /** A help offer's phone field as HTML, from the comma on; shared by the variants. */
    private final Memo<String, String> phones;
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
        this(headingLevel, imageHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()), "trin-", true, false, "", null, null, null, null);
    }

    private HtmlRenderer(int headingLevel, Set<String> imageHosts, String idPrefix, boolean withHelp, boolean dkfds,
                         String afterTitle, @Nullable MarkdownCache markdown, @Nullable Memo<Language, Labels> labels,
                         @Nullable Memo<Language, HtmlWords> words, @Nullable Memo<String, String> phones) {
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
        Memo<Language, Labels> byLanguage = labels != null ? labels : new Memo<>(Labels::new, Labels.MAX_LANGUAGES);
        this.labels = byLanguage;
        this.words = words != null ? words
                : new Memo<>(lang -> new HtmlWords(byLanguage.get(lang), headingLevel, dkfds), Labels.MAX_LANGUAGES);
        this.phones = phones != null ? phones : new Memo<>(HtmlRenderer::phone, MAX_PHONES);
    }

    /**
     * The same renderer speaking the class vocabulary of Det Fælles Designsystem (DKFDS, the
     * design system of borger.dk's self-service solutions) as well as its own {@code trinvis-}
     * classes, so a portal built on DKFDS shows guides that fit without CSS of its own: the
     * decision as an information alert, link and help lists without bullets, the legal basis and
     * processing time as hints. Trinvis ships no DKFDS files; the portal loads DKFDS itself.
     */
    public HtmlRenderer dkfds() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, true, afterTitle, markdown, labels,
                dkfds ? words : null, phones);
    }

    /** The labels in a language, made once per language for this renderer and its variants. */
    Labels labels(Language language) {
        return labels.get(language);
    }

    /** Whether this renderer adds the DKFDS classes. */
    boolean isDkfds() {
        return dkfds;
    }

    /** The class attribute: the trinvis- class, plus the DKFDS classes when asked for. */
    String classes(String trinvis, String designSystem) {
        return classes(dkfds, trinvis, designSystem);
    }

    /** The class attribute: the trinvis- class, plus the DKFDS classes when asked for. */
    static String classes(boolean dkfds, String trinvis, String designSystem) {
        return " class=\"" + trinvis + (dkfds ? " " + designSystem : "") + "\"";
    }

    /** The same renderer with step ids prefixed, e.g. by the service id in a journey. */
    HtmlRenderer idPrefix(String prefix) {
        return new HtmlRenderer(headingLevel, imageHosts, prefix, withHelp, dkfds, afterTitle, markdown, labels, words,
                phones);
    }

    /** The same renderer leaving out the help block, which a journey's print pack shows once. */
    HtmlRenderer withoutHelp() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, false, dkfds, afterTitle, markdown, labels, words,
                phones);
    }

    /** The same renderer placing this HTML, already escaped, right under the guide's title. */
    HtmlRenderer afterTitle(String html) {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, dkfds, html, markdown, labels, words,
                phones);
    }

    @Override
    public String render(ResolvedGuide guide) {
        Language lang = guide.language();
        HtmlWords w = words.get(lang);
        Labels l = w.labels;
        Pieces b = new Pieces();
        b.append("<section class=\"trinvis-guide\" lang=\"").append(lang.code()).append("\">\n");
        heading(b, guide.title(), lang);
        if (!afterTitle.isEmpty()) {
            b.append(afterTitle);
        }
        decision(b, l.decision(guide.decision()));
        if (guide.intro() != null) {
            b.append("<div class=\"trinvis-intro\"");
            block(b, "div", guide.intro(), lang);
        }
        if (!guide.ready().isEmpty()) {
            b.append(w.readyList);
            for (LocalText r : guide.ready()) {
                b.append("<li").append(tagEnd(r, lang)).append(visible(r.text())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append(w.stepsHeading);
        steps(b, guide.steps(), lang, w);
        LocalText processingTime = guide.processingTime();
        if (processingTime != null) {
            b.append(w.processingTime).append(tagEnd(processingTime, lang)).append(visible(processingTime.text()))
                    .append("</span></p>\n");
        }
        if (guide.selfService() != null || !guide.links().isEmpty()) {
            b.append(w.linksList);
            if (guide.selfService() != null) {
                link(b.append("<li>"), guide.selfService(), lang).append("</li>\n");
            }
            for (GuideLink k : guide.links()) {
                link(b.append("<li>"), k, lang).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        if (withHelp) {
            help(b, guide.decision(), lang);
        }
        if (guide.legal() != null) {
            b.append(w.legal).append(visible(guide.legal())).append("</p>\n");
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

    /** The help offers of a decision, under their heading, in a page of the given language. */
    void help(Pieces b, Decision decision, Language lang) {
        if (decision.help().isEmpty()) {
            return;
        }
        HtmlWords w = words.get(lang);
        b.append(w.helpList);
        for (Decision.Help h : decision.help()) {
            String name = visible(h.name());
            b.append("<li><strong>").append(name).append("</strong>");
            if (h.contact().phone() != null) {
                b.append(phones.get(h.contact().phone()));
            }
            if (h.contact().url() != null && Markdown.safeUrl(h.contact().url())) {
                b.append(", <a href=\"").append(visible(h.contact().url())).append("\">").append(name).append("</a>");
            }
            b.append(w.state(h)).append(h.processes() ? "</li>\n" : w.guidanceOnlyEnd);
        }
        b.append("</ul>\n");
    }

    /** A phone field as HTML after the offer's name: the number dialled by a {@code tel:} link, the rest as text. */
    private static String phone(String field) {
        Phone phone = Phone.parse(field);
        String rest = visible(phone.rest());
        return phone.dial() == null ? ", " + rest
                : ", <a href=\"tel:" + visible(phone.dial()) + "\">" + visible(phone.number()) + "</a>" + rest;
    }

    private void steps(Pieces b, List<GuideStep> steps, Language lang, HtmlWords w) {
        b.append("<ol class=\"trinvis-steps\">\n");
        for (GuideStep s : steps) {
            LocalText condition = s.condition();
            b.append("<li id=\"").append(escapedIdPrefix).append(visible(s.id()));
            if (condition != null) {
                b.append("\" class=\"trinvis-conditional\"><span class=\"trinvis-condition\"")
                        .append(tagEnd(condition, lang)).append(visible(condition.text())).append(":</span> <strong");
            } else {
                b.append("\"><strong");
            }
            b.append(tagEnd(s.title(), lang)).append(visible(s.title().text()))
                    .append(s.optional() ? w.optionalEnd : "</strong>\n");
            if (s.body() != null) {
                b.append("<div class=\"trinvis-body\"");
                block(b, "div", s.body(), lang);
            }
            if (!s.links().isEmpty()) {
                b.append("<ul class=\"trinvis-links\">\n");
                for (GuideLink k : s.links()) {
                    link(b.append("<li>"), k, lang).append("</li>\n");
                }
                b.append("</ul>\n");
            }
            if (!s.oneOf().isEmpty()) {
                b.append(w.either);
                steps(b, s.oneOf(), lang, w);
            }
            if (!s.steps().isEmpty()) {
                steps(b, s.steps(), lang, w);
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private void heading(Pieces b, LocalText text, Language lang) {
        b.append(OPEN[headingLevel]).append(tagEnd(text, lang)).append(visible(text.text())).append(CLOSE[headingLevel]);
    }

    /** The rest of a block whose opening tag and class are written: its Markdown, rendered. */
    private void block(Pieces b, String tag, LocalText text, Language lang) {
        b.append(text.fallsBackFrom(lang) ? langAttr(text, lang) + ">\n" : ">\n").append(markdown.render(text.text()))
                .append("</").append(tag).append(">\n");
    }

    private static Pieces link(Pieces b, GuideLink k, Language lang) {
        LocalText text = k.text();
        if (!Markdown.safeUrl(k.url())) {
            return b.append(visible(text == null ? k.url() : text.text()));
        }
        String url = visible(k.url());
        b.append("<a href=\"").append(url);
        if (text == null) {
            return b.append("\">").append(url).append("</a>");
        }
        return b.append("\"").append(tagEnd(text, lang)).append(visible(text.text())).append("</a>");
    }

    /** Ends an opening tag: {@code >}, with a lang attribute before it where the text falls back. */
    private static String tagEnd(LocalText text, Language page) {
        return text.fallsBackFrom(page) ? langAttr(text, page) + ">" : ">";
    }

    /** A lang attribute where the text is not in the page's language (a Danish fallback). */
    static String langAttr(LocalText text, Language page) {
        return text.fallsBackFrom(page) ? " lang=\"" + text.language().code() + "\"" : "";
    }
}
