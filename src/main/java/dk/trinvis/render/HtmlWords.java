package dk.trinvis.render;

import dk.trinvis.internal.util.HtmlEscape;

import static dk.trinvis.internal.util.HtmlEscape.visible;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Language;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The fixed HTML of a guide in one language for one renderer's heading level and classes:
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
    private final BoundedCache<OffsetDateTime, String> closes;
    private final BoundedCache<OffsetDateTime, String> opens;
    private final BoundedCache<Labels.DecisionWords, String> decisions;
    private final BoundedCache<HelpLine, String> helpLines;

    HtmlWords(Language language, Labels l, int headingLevel, boolean dkfds) {
        this.labels = l;
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
        this.closes = new BoundedCache<>(at -> state(l.openNowCloses(at)), MAX_TIMES);
        this.opens = new BoundedCache<>(at -> " (<time datetime=\"" + visible(at.toString()) + "\">" + visible(l.opens(at))
                + "</time>)", MAX_TIMES);
        this.decisions = new BoundedCache<>(d -> visible(l.decision(d)), MAX_DECISIONS);
        this.helpLines = new BoundedCache<>(this::line, MAX_HELP_LINES);
    }

    private static String heading(int level, String text) {
        return "<h" + level + ">" + visible(text) + "</h" + level + ">\n";
    }

    private static String state(String text) {
        return " (" + visible(text) + ")";
    }

    /** The decision in one sentence (or a few), escaped. */
    String decision(Decision d) {
        return decisions.get(Labels.DecisionWords.of(d));
    }

    /**
     * What a help offer's line in the list shows, and all it shows.
     *
     * @param state its state as HTML, from {@link #state(Decision.Help)}
     */
    private record HelpLine(String name, @Nullable String phone, @Nullable String url, String state,
                            boolean processes) {
    }

    /** A help offer's line in the help list, {@code <li>} to {@code </li>}. */
    String help(Decision.Help h) {
        return helpLines.get(new HelpLine(h.name(), h.contact().phone(), h.contact().url(), state(h), h.processes()));
    }

    private String line(HelpLine h) {
        String name = visible(h.name());
        StringBuilder b = new StringBuilder("<li><strong>").append(name).append("</strong>");
        if (h.phone() != null) {
            phone(b, h.phone());
        }
        if (h.url() != null && Markdown.safeUrl(h.url())) {
            b.append(", <a href=\"").append(visible(h.url())).append("\">").append(name).append("</a>");
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

    /** The help offer's state now, in brackets after its name: a time it opens is a {@code <time>}. */
    private String state(Decision.Help h) {
        Boolean open = h.openNow();
        if (open == null) {
            return hoursUnknown;
        }
        if (open) {
            return h.closesAt() == null ? openNow : closes.get(h.closesAt());
        }
        return h.nextOpening() == null ? closedOpeningUnknown : opens.get(h.nextOpening());
    }
}
