package dk.trinvis.render;

import dk.trinvis.internal.util.ControlChars;

import static dk.trinvis.render.HtmlRenderer.langAttr;
import static dk.trinvis.render.Markdown.escape;

import dk.trinvis.model.Journey;
import dk.trinvis.model.Language;
import dk.trinvis.model.Question;
import java.util.List;

/**
 * An accessible HTML fragment for a journey: an overview whose list links to each service's part,
 * then each part as an {@code <article>} holding its deadline, its guide and a "part of this
 * journey" navigation to the previous and next service. Ids are unique on the page; every value
 * is escaped as in {@link HtmlRenderer}.
 */
public final class HtmlJourneyRenderer implements JourneyRenderer {
    private final HtmlRenderer guides;

    /** A journey fragment under a page's {@code <h1>}, with Trinvis's own classes. */
    public HtmlJourneyRenderer() {
        this(new HtmlRenderer(3));
    }

    private HtmlJourneyRenderer(HtmlRenderer guides) {
        this.guides = guides;
    }

    /** The same renderer with the class vocabulary of Det Fælles Designsystem, as {@link HtmlRenderer#dkfds()}. */
    public HtmlJourneyRenderer dkfds() {
        return new HtmlJourneyRenderer(guides.dkfds());
    }

    /** The same renderer with DKFDS's classes and icons, as {@link HtmlRenderer#dkfds(String)}. */
    public HtmlJourneyRenderer dkfds(String iconSprite) {
        return new HtmlJourneyRenderer(guides.dkfds(iconSprite));
    }

    @Override
    public String render(Journey journey) {
        Language lang = journey.language();
        Labels l = guides.labels(lang);
        PageParts b = new PageParts();
        b.append("<section class=\"trinvis-journey\" lang=\"").append(lang.code()).append("\">\n");
        b.append("<h2").append(langAttr(journey.title(), lang)).append(">").append(escape(journey.title().text()))
                .append("</h2>\n");
        if (journey.description() != null) {
            b.append("<p class=\"trinvis-journey-intro\"").append(langAttr(journey.description(), lang)).append(">")
                    .append(escape(journey.description().text())).append("</p>\n");
        }
        b.append("<p class=\"trinvis-journey-date\">").append(dateLine(journey, l)).append("</p>\n");
        overview(b, journey, l);
        Question q = journey.interview().next();
        if (q != null) {
            b.append("<p class=\"trinvis-open-question\"><strong>").append(escape(l.openQuestion()))
                    .append(":</strong> ").append(escape(JourneyWords.question(q))).append("</p>\n");
        }
        List<Journey.Item> items = journey.services();
        for (int i = 0; i < items.size(); i++) {
            Journey.Item item = items.get(i);
            b.append("<article class=\"trinvis-journey-service\" id=\"").append(escape(JourneyWords.anchor(item)))
                    .append("\">\n");
            if (item.guide() != null) {
                b.append(guides.idPrefix("trin-" + item.service() + "-").afterTitle(deadline(item, l, guides, lang))
                        .render(item.guide()));
            } else {
                b.append("<h3").append(langAttr(item.title(), lang)).append(">").append(escape(item.title().text()))
                        .append("</h3>\n");
                b.append(deadline(item, l, guides, lang));
                guides.decision(b, l.decision(item.decision()), lang);
                b.append("<p>").append(escape(l.noGuide())).append("</p>\n");
            }
            neighbours(b, items, i, l, lang);
            b.append("</article>\n");
        }
        // One pass over the page: journey texts reach it through many appends.
        return ControlChars.strip(b.append("</section>\n").toString());
    }

    static String dateLine(Journey journey, Labels l) {
        return escape(JourneyWords.dateLabel(journey, l)) + ": <time datetime=\"" + journey.eventDate() + "\">" + escape(l.day(journey.eventDate()))
                + "</time>";
    }

    private static void overview(PageParts b, Journey journey, Labels l) {
        b.append("<nav class=\"trinvis-journey-nav\" id=\"").append(JourneyWords.OVERVIEW).append("\" aria-label=\"")
                .append(escape(l.partOfJourney())).append("\">\n");
        b.append("<h3>").append(escape(l.journeyServices())).append("</h3>\n<ol>\n");
        for (Journey.Item item : journey.services()) {
            b.append("<li><a href=\"#").append(escape(JourneyWords.anchor(item))).append("\"")
                    .append(langAttr(item.title(), journey.language())).append(">").append(escape(item.title().text()))
                    .append("</a>");
            if (item.deadline() != null) {
                b.append(" – ").append(overviewDue(item.deadline(), l));
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</nav>\n");
    }

    /** The deadline of a service as HTML, or nothing when it has none. */
    static String deadline(Journey.Item item, Labels l, HtmlRenderer style, Language lang) {
        if (item.deadline() == null) {
            return "";
        }
        String text = JourneyWords.dueHtml(item.deadline(), l) + " – " + escape(item.deadline().rule().text());
        return style.isDkfds() ? style.warning("trinvis-deadline", text, lang) : "<p class=\"trinvis-deadline\">" + text + "</p>\n";
    }

    /** A deadline in the overview: "Frist <time>", or "Fristen var <time>" once passed. */
    private static String overviewDue(Journey.Deadline d, Labels l) {
        return d.passed() ? JourneyWords.dueHtml(d, l)
                : escape(l.deadline()) + " <time datetime=\"" + d.date() + "\">" + escape(l.day(d.date())) + "</time>";
    }

    private void neighbours(PageParts b, List<Journey.Item> items, int i, Labels l, Language lang) {
        Journey.Item item = items.get(i);
        b.append("<nav class=\"trinvis-journey-pager\" aria-label=\"").append(escape(l.partOfJourney() + ": "
                + item.title().text())).append("\">\n<ul").append(guides.classes("trinvis-pager", "inline-list"))
                .append(">\n");
        if (i > 0) {
            link(b, items.get(i - 1), "prev", l.previous(), lang);
        }
        if (i + 1 < items.size()) {
            link(b, items.get(i + 1), "next", l.next(), lang);
        }
        b.append("<li><a href=\"#").append(JourneyWords.OVERVIEW).append("\">").append(escape(l.journeyServices()))
                .append("</a></li>\n");
        b.append("</ul>\n</nav>\n");
    }

    private static void link(PageParts b, Journey.Item to, String rel, String word, Language lang) {
        b.append("<li><a rel=\"").append(rel).append("\" href=\"#").append(escape(JourneyWords.anchor(to))).append("\">")
                .append(escape(word)).append(": <span").append(langAttr(to.title(), lang)).append(">")
                .append(escape(to.title().text())).append("</span></a></li>\n");
    }
}
