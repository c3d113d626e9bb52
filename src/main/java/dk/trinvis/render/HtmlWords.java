package dk.trinvis.render;

import dk.trinvis.internal.util.HtmlEscape;

import static dk.trinvis.internal.util.HtmlEscape.visible;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The fixed HTML of a guide in one language for one renderer's heading level and classes, on a
 * screen or on paper:
 * headings with the lists they open, labels, the states of a help offer, escaped and cleaned once
 * rather than on every page. What varies little is kept as HTML once met, by what it shows (each
 * bounded): the times a help offer closes or next opens (formatting one in Copenhagen time costs
 * more than the rest of a help list), a help offer's whole line, a decision's sentence. A portal
 * shows the same few all day. Thread-safe.
 */
final class HtmlWords {
    /** Opening and closing times kept, each, before they start over (a day of quarter hours and more). */
    static final int MAX_TIMES = 256;

    /** Help offers' lines kept, each as it is at a time, before they start over (several per offer a day). */
    static final int MAX_HELP_LINES = 512;
    /** Decisions kept as sentences, escaped, before they start over (a rule set's authorities and outages). */
    static final int MAX_DECISIONS = 256;

    final Labels labels;
    /** The section's opening tag and the title's heading tag. */
    final HtmlRenderer.Open title;
    /** The "have ready" heading and the list's opening tag. */
    final String readyList;
    final String stepsHeading;
    /** The processing time paragraph up to the text's {@code <span>}. */
    final HtmlRenderer.Open processingTime;
    /** The links heading and the list's opening tag. */
    final String linksList;
    /** The help heading and the list's opening tag. */
    final String helpList;
    /** The legal basis paragraph up to the law's name. */
    final String legal;
    /** The paragraph before a step's alternatives. */
    final String either;
    /** Ends the title of an optional step. */
    final String optionalEnd;
    /** Ends a help offer that only guides. */
    private final String guidanceOnlyEnd;
    private final String hoursUnknown;
    private final String openNow;
    private final String closedOpeningUnknown;
    private final BoundedCache<Moment, String> closes;
    private final BoundedCache<Moment, String> opens;
    private final BoundedCache<Labels.DecisionWords, String> decisions;
    private final BoundedCache<HelpLine, String> helpLines;
    /** Weekly tables of opening hours by their opening_hours text, for paper. */
    private final BoundedCache<String, String> hoursTables;
    /** Whether the words are for paper: moments written out in full, hours as weekly tables. */
    private final boolean paper;
    /** The start button's text, escaped. */
    final String start;

    /**
     * A moment an offer opens or closes, and whether it is on the day of the decision or the next
     * ({@link Labels#dayAfter}): the words for it depend on both.
     */
    private record Moment(OffsetDateTime at, int day) {
    }

    /** A DKFDS information alert up to its text: the decision's sentence follows. */
    final String infoAlert;
    /** The warning icon of a DKFDS alert, or nothing when the renderer has no icons. */
    final String warningIcon;

    HtmlWords(Language language, Labels l, int headingLevel, boolean dkfds, boolean paper, @Nullable String icons) {
        this.labels = l;
        this.infoAlert = "<div class=\"trinvis-decision alert alert-info\">" + icon(icons, "info", l.iconInfo())
                + "<div class=\"alert-body\"><p class=\"alert-text\">";
        this.warningIcon = icon(icons, "warning", l.iconWarning());
        this.paper = paper;
        this.start = visible(l.startSelfService());
        this.title = new HtmlRenderer.Open("<section class=\"trinvis-guide\" lang=\"" + language.code() + "\">\n<h"
                + headingLevel, ">");
        this.readyList = heading(headingLevel + 1, l.ready()) + "<ul class=\"trinvis-ready\">\n";
        this.stepsHeading = heading(headingLevel + 1, l.steps());
        this.processingTime = new HtmlRenderer.Open("<p" + HtmlRenderer.classes(dkfds, "trinvis-processing-time",
                "form-hint") + "><strong>" + visible(l.processingTime()) + ":</strong> <span", ">");
        this.linksList = heading(headingLevel + 1, l.links()) + "<ul"
                + HtmlRenderer.classes(dkfds, "trinvis-links", "nobullet-list") + ">\n";
        this.helpList = heading(headingLevel + 1, l.help()) + "<ul"
                + HtmlRenderer.classes(dkfds, "trinvis-help", "nobullet-list") + ">\n";
        this.legal = "<p" + HtmlRenderer.classes(dkfds, "trinvis-legal", "form-hint") + ">" + visible(l.legal()) + ": ";
        this.either = "<p>" + visible(l.either()) + "</p>\n";
        this.optionalEnd = "</strong> <em>" + visible(l.optional()) + "</em>\n";
        this.guidanceOnlyEnd = " – " + visible(l.guidanceOnly()) + "</li>\n";
        this.hoursUnknown = state(l.hoursUnknown());
        this.openNow = state(l.openNow());
        this.closedOpeningUnknown = state(l.closedOpeningUnknown());
        this.closes = new BoundedCache<>(m -> state(l.openNowCloses(m.at(), m.day())), MAX_TIMES);
        this.opens = new BoundedCache<>(m -> " (<time datetime=\"" + visible(m.at().toString()) + "\">"
                + visible(l.opens(m.at(), m.day())) + "</time>)", MAX_TIMES);
        this.decisions = new BoundedCache<>(d -> visible(l.decision(d)), MAX_DECISIONS);
        this.helpLines = new BoundedCache<>(this::line, MAX_HELP_LINES);
        this.hoursTables = new BoundedCache<>(spec -> HoursTable.html(spec, l), MAX_HELP_LINES);
    }

    /** A DKFDS alert icon from the sprite, named for screen readers; nothing without a sprite. */
    private static String icon(@Nullable String sprite, String name, String label) {
        return sprite == null ? "" : "<svg class=\"icon-svg alert-icon\" focusable=\"false\" role=\"img\" aria-label=\""
                + visible(label) + "\"><use href=\"" + visible(sprite) + "#" + name + "\"></use></svg>";
    }

    private static String heading(int level, String text) {
        return "<h" + level + ">" + visible(text) + "</h" + level + ">\n";
    }

    private static String state(String text) {
        return " (" + visible(text) + ")";
    }

    /** The decision in one sentence (or a few), escaped; on paper with moments written out in full. */
    String decision(Decision d) {
        return decisions.get(Labels.DecisionWords.of(d, !paper));
    }

    /**
     * What a help offer's line in the list shows, and all it shows.
     *
     * @param state its state as HTML, from {@link #state}; on paper its weekly hours table
     */
    private record HelpLine(String name, @Nullable String phone, @Nullable String url, String state,
                            boolean processes) {
    }

    /**
     * A help offer's line in the help list, {@code <li>} to {@code </li>}: on a screen its state at
     * the decision's moment {@code now}, on paper its hours of an ordinary week.
     */
    String help(Decision.Help h, OffsetDateTime now) {
        String state = paper ? "\n" + hoursTables.get(h.hours()) : state(h, now);
        return helpLines.get(new HelpLine(h.name(), h.contact().phone(), h.contact().url(), state, h.processes()));
    }

    private String line(HelpLine h) {
        String name = visible(h.name());
        StringBuilder b = new StringBuilder("<li><strong>").append(name).append("</strong>");
        if (h.phone() != null) {
            phone(b, h.phone());
        }
        if (h.url() != null && Markdown.safeUrl(h.url())) {
            // Paper shows the address itself: a link's text would hide it.
            String url = visible(h.url());
            b.append(", <a href=\"").append(url).append("\">").append(paper ? url : name).append("</a>");
        }
        if (paper) {
            // The table is a block: what the offer can do goes on the name's line, before it.
            return b.append(h.processes() ? "" : " – " + visible(labels.guidanceOnly())).append(h.state())
                    .append("</li>\n").toString();
        }
        return b.append(h.state()).append(h.processes() ? "</li>\n" : guidanceOnlyEnd).toString();
    }

    /** A phone field: the number dialled by a {@code tel:} link, what follows it as text. */
    private static void phone(StringBuilder b, String field) {
        Phone phone = Phone.parse(field);
        b.append(", ");
        if (phone.dial() != null) {
            b.append("<a href=\"tel:").append(visible(phone.dial())).append("\">").append(visible(phone.number()))
                    .append("</a>");
        }
        b.append(visible(phone.rest()));
    }

    /**
     * The help offer's state at the decision's moment, in brackets after its name: a time it opens
     * is a {@code <time>}, said as today or tomorrow when it is.
     */
    private String state(Decision.Help h, OffsetDateTime now) {
        Boolean open = h.openNow();
        if (open == null) {
            return hoursUnknown;
        }
        OffsetDateTime closesAt = h.closesAt();
        if (open) {
            return closesAt == null ? openNow : closes.get(new Moment(closesAt, Labels.dayAfter(closesAt, now)));
        }
        OffsetDateTime opensAt = h.nextOpening();
        return opensAt == null ? closedOpeningUnknown : opens.get(new Moment(opensAt, Labels.dayAfter(opensAt, now)));
    }
}
