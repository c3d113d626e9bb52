package dk.trinvis.render;

import dk.trinvis.internal.util.HtmlEscape;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.internal.util.HtmlEscape.visible;

import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
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
 * as it renders each Markdown text once and keeps the result, and keeps per language the fixed
 * HTML around a guide, its decision sentences and help offers' lines (bounded caches).
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
    /** Whether the page is printed: no "open now", hours as weekly tables, addresses written out. */
    private final boolean paper;
    /** The address of DKFDS's icon sprite, for icons on alerts; null for none. */
    private final @Nullable String icons;
    /** HTML placed right under the title, e.g. a journey's deadline; escaped and cleaned. */
    private final String afterTitle;
    /** Markdown rendered with these image hosts, shared by the variants of this renderer. */
    private final MarkdownCache markdown;
    /** Labels by language, shared by the variants of this renderer. */
    private final BoundedCache<Language, Labels> labels;
    /** The fixed HTML by language, shared by the variants with the same classes. */
    private final BoundedCache<Language, HtmlWords> words;
    /** A step's opening tag up to its id, the prefix written. */
    private final String stepOpen;

    /** Closing heading tags by level, for the title (the top level, 1 to 5). */
    private static final String[] CLOSE = {"", "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n"};
    private static final Open READY = new Open("<li", ">");
    private static final Open INTRO = new Open("<div class=\"trinvis-intro\"", ">\n");
    private static final Open BODY = new Open("<div class=\"trinvis-body\"", ">\n");
    private static final Open CONDITIONAL = new Open("\" class=\"trinvis-conditional\"><span class=\"trinvis-condition\"", ">");
    private static final Open TITLE_AFTER_CONDITION = new Open(":</span> <strong", ">");
    private static final Open TITLE = new Open("\"><strong", ">");
    private static final Open LINK_TEXT = new Open("\"", ">");

    /**
     * The start of an opening tag and its end, and both as one piece for a text in the page's
     * language: a page is joined from its pieces, each costing about as much as a dozen characters.
     */
    record Open(String start, String end, String whole) {
        Open(String start, String end) {
            this(start, end, start + end);
        }
    }

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
                .collect(Collectors.toUnmodifiableSet()), "trin-", true, false, false, null, "", null, null, null);
    }

    private HtmlRenderer(int headingLevel, Set<String> imageHosts, String idPrefix, boolean withHelp, boolean dkfds,
                         boolean paper, @Nullable String icons, String afterTitle, @Nullable MarkdownCache markdown,
                         @Nullable BoundedCache<Language, Labels> labels, @Nullable BoundedCache<Language, HtmlWords> words) {
        if (headingLevel < 1 || headingLevel > 5) {
            throw new IllegalArgumentException("heading level must be 1 to 5, not " + headingLevel);
        }
        this.headingLevel = headingLevel;
        this.imageHosts = imageHosts;
        this.idPrefix = idPrefix;
        this.stepOpen = "<li id=\"" + visible(idPrefix);
        this.withHelp = withHelp;
        this.dkfds = dkfds;
        this.paper = paper;
        this.icons = icons;
        this.afterTitle = ControlChars.strip(afterTitle);
        this.markdown = markdown != null ? markdown : new MarkdownCache(text -> ControlChars.strip(Markdown.html(text, imageHosts)));
        BoundedCache<Language, Labels> byLanguage = labels != null ? labels : new BoundedCache<>(Labels::new, Labels.MAX_LANGUAGES);
        this.labels = byLanguage;
        this.words = words != null ? words
                : new BoundedCache<>(lang -> new HtmlWords(lang, byLanguage.get(lang), headingLevel, dkfds, paper, icons), Labels.MAX_LANGUAGES);
    }

    /**
     * The same renderer speaking the class vocabulary of Det Fælles Designsystem (DKFDS, the
     * design system of borger.dk's self-service solutions) as well as its own {@code trinvis-}
     * classes, so a portal built on DKFDS shows guides that fit without CSS of its own: the
     * decision as an information alert, link and help lists without bullets, the legal basis and
     * processing time as hints. Trinvis ships no DKFDS files; the portal loads DKFDS itself.
     */
    public HtmlRenderer dkfds() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, true, paper, icons, afterTitle, markdown,
                labels, dkfds ? words : null);
    }

    /**
     * The same renderer speaking DKFDS, as {@link #dkfds()}, with the design system's icons on its
     * alerts (information on the decision, warning on a journey's deadline), each named in the
     * page's language for screen readers.
     *
     * @param iconSprite the address the portal serves DKFDS's {@code all-svg-icons.svg} from, e.g.
     *                   {@code /dkfds/img/all-svg-icons.svg}
     */
    public HtmlRenderer dkfds(String iconSprite) {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, true, paper, iconSprite, afterTitle,
                markdown, labels, null);
    }

    /**
     * The same renderer for paper, read days after it was printed: no "open now" or "closes …",
     * each help offer's hours as a weekly table, moments written out in full, and the
     * self-service's address written out instead of a start button.
     */
    HtmlRenderer onPaper() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, dkfds, true, icons, afterTitle, markdown,
                labels, paper ? words : null);
    }

    /**
     * A DKFDS warning alert around HTML already escaped, e.g. a journey's deadline: the
     * {@code trinvis-} class, and the warning icon when this renderer has icons.
     */
    String warning(String trinvisClass, String html, Language lang) {
        return "<div class=\"" + trinvisClass + " alert alert-warning\">" + words.get(lang).warningIcon
                + "<div class=\"alert-body\"><p class=\"alert-text\">" + html + "</p></div></div>\n";
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
        return new HtmlRenderer(headingLevel, imageHosts, prefix, withHelp, dkfds, paper, icons, afterTitle, markdown,
                labels, words);
    }

    /** The same renderer leaving out the help block, which a journey's print pack shows once. */
    HtmlRenderer withoutHelp() {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, false, dkfds, paper, icons, afterTitle, markdown,
                labels, words);
    }

    /** The same renderer placing this HTML, already escaped, right under the guide's title. */
    HtmlRenderer afterTitle(String html) {
        return new HtmlRenderer(headingLevel, imageHosts, idPrefix, withHelp, dkfds, paper, icons, html, markdown,
                labels, words);
    }

    @Override
    public String render(ResolvedGuide guide) {
        Language lang = guide.language();
        HtmlWords w = words.get(lang);
        PageParts b = new PageParts();
        open(b, w.title, guide.title(), lang).append(visible(guide.title().text())).append(CLOSE[headingLevel]);
        if (!afterTitle.isEmpty()) {
            b.append(afterTitle);
        }
        decisionHtml(b, w.decision(guide.decision()), w);
        if (guide.intro() != null) {
            block(b, INTRO, guide.intro(), lang);
        }
        if (!guide.ready().isEmpty()) {
            b.append(w.readyList);
            for (LocalText r : guide.ready()) {
                open(b, READY, r, lang).append(visible(r.text())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append(w.stepsHeading);
        steps(b, guide.steps(), lang, w);
        LocalText processingTime = guide.processingTime();
        if (processingTime != null) {
            open(b, w.processingTime, processingTime, lang).append(visible(processingTime.text())).append("</span></p>\n");
        }
        GuideLink start = WayIn.of(guide);
        if (start != null) {
            start(b, start, w);
        }
        GuideLink selfService = start == null ? guide.selfService() : null;
        if (selfService != null || !guide.links().isEmpty()) {
            b.append(w.linksList);
            if (selfService != null) {
                link(b.append("<li>"), selfService, lang).append("</li>\n");
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
            legal(b.append(w.legal), guide.legal()).append("</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    /**
     * The way into the self-service: a start button (a link, as DKFDS and GOV.UK make it), or on
     * paper the address written out, which a link's text would hide.
     */
    private void start(PageParts b, GuideLink selfService, HtmlWords w) {
        String url = visible(selfService.url());
        if (paper) {
            b.append("<p class=\"trinvis-start\"><strong>").append(w.start).append(":</strong> <a href=\"").append(url)
                    .append("\">").append(url).append("</a></p>\n");
        } else {
            b.append("<p class=\"trinvis-start\"><a").append(classes("trinvis-start-button", "button button-primary"))
                    .append(" href=\"").append(url).append("\">").append(w.start).append("</a></p>\n");
        }
    }

    /** The decision in one sentence, in a page of the language; with DKFDS, as an information alert. */
    void decision(PageParts b, String sentence, Language lang) {
        decisionHtml(b, visible(sentence), words.get(lang));
    }

    private void decisionHtml(PageParts b, String sentence, HtmlWords w) {
        if (dkfds) {
            b.append(w.infoAlert).append(sentence).append("</p></div></div>\n");
        } else {
            b.append("<p class=\"trinvis-decision\">").append(sentence).append("</p>\n");
        }
    }

    /** The help offers of a decision, under their heading, in a page of the given language. */
    void help(PageParts b, Decision decision, Language lang) {
        if (decision.help().isEmpty()) {
            return;
        }
        HtmlWords w = words.get(lang);
        b.append(w.helpList);
        for (Decision.Help h : decision.help()) {
            b.append(w.help(h, decision.receipt().at()));
        }
        b.append("</ul>\n");
    }

    private void steps(PageParts b, List<GuideStep> steps, Language lang, HtmlWords w) {
        b.append("<ol class=\"trinvis-steps\">\n");
        for (GuideStep s : steps) {
            LocalText condition = s.condition();
            b.append(stepOpen).append(visible(s.id()));
            if (condition != null) {
                open(b, CONDITIONAL, condition, lang).append(visible(condition.text()));
                open(b, TITLE_AFTER_CONDITION, s.title(), lang);
            } else {
                open(b, TITLE, s.title(), lang);
            }
            b.append(visible(s.title().text())).append(s.optional() ? w.optionalEnd : "</strong>\n");
            if (s.body() != null) {
                block(b, BODY, s.body(), lang);
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

    /** A {@code <div>} holding Markdown, rendered. */
    private void block(PageParts b, Open div, LocalText text, Language lang) {
        open(b, div, text, lang).append(markdown.render(text.text())).append("</div>\n");
    }

    private static PageParts link(PageParts b, GuideLink k, Language lang) {
        LocalText text = k.text();
        if (!Markdown.safeUrl(k.url())) {
            return b.append(visible(text == null ? k.url() : text.text()));
        }
        String url = visible(k.url());
        b.append("<a href=\"").append(url);
        if (text == null) {
            return b.append("\">").append(url).append("</a>");
        }
        return open(b, LINK_TEXT, text, lang).append(visible(text.text())).append("</a>");
    }

    /** The citations, each act linked to its ELI address where it has one: "Lov nr. 603 af 31. maj 2023 § 2". */
    private static PageParts legal(PageParts b, Legal legal) {
        String sep = "";
        for (LegalReference r : legal.references()) {
            b.append(sep);
            sep = "; ";
            if (r.eli() != null && Markdown.safeUrl(r.eli())) {
                b.append("<a href=\"").append(visible(r.eli())).append("\">").append(visible(r.act())).append("</a>");
            } else {
                b.append(visible(r.act()));
            }
            if (r.section() != null && !r.section().isBlank()) {
                b.append(" ").append(visible(r.section()));
            }
        }
        return b;
    }

    /** Appends an opening tag for a text, with a lang attribute where the text falls back. */
    private static PageParts open(PageParts b, Open tag, LocalText text, Language page) {
        return text.fallsBackFrom(page) ? b.append(tag.start()).append(langAttr(text, page)).append(tag.end())
                : b.append(tag.whole());
    }

    /** A lang attribute where the text is not in the page's language (a Danish fallback). */
    static String langAttr(LocalText text, Language page) {
        return text.fallsBackFrom(page) ? " lang=\"" + text.language().code() + "\"" : "";
    }
}
