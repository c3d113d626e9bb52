package dk.trinvis.render;

import static dk.trinvis.internal.util.HtmlEscape.visible;

import dk.trinvis.internal.hours.HoursSyntaxException;
import dk.trinvis.internal.hours.OpeningHours;
import dk.trinvis.model.Decision;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A help offer's opening hours as a weekly table, for paper: a handout is read days after it was
 * printed, so it carries the hours of an ordinary week, never whether the offer is open "now".
 * Days in a row with the same hours share a column ("mandag–torsdag"); public holidays get a
 * column of their own, "kendes ikke" unless the hours say what happens on them; hours nobody
 * knows are said to be unknown, never drawn as a week.
 */
final class HoursTable {
    private HoursTable() {
    }

    /** The table as HTML, or the unknown-hours sentence in a paragraph; escaped and cleaned. */
    static String html(String spec, Labels l) {
        OpeningHours hours = parse(spec);
        if (hours == null) {
            return "<p class=\"trinvis-hours\">" + visible(l.hoursUnknown()) + "</p>\n";
        }
        StringBuilder head = new StringBuilder();
        StringBuilder times = new StringBuilder();
        DayOfWeek[] week = DayOfWeek.values();
        for (int first = 0; first < week.length; ) {
            int[] spans = hours.ordinaryDay(week[first]);
            int last = first;
            while (last + 1 < week.length && Arrays.equals(hours.ordinaryDay(week[last + 1]), spans)) {
                last++;
            }
            String days = name(week[first], l) + (last == first ? "" : "–" + name(week[last], l));
            column(head, times, days, spans, l);
            first = last + 1;
        }
        // Holidays always get a column: hours that do not name them leave them unknown, and a reader
        // must not take the weekday's hours for Easter Monday.
        column(head, times, l.holidays(), hours.holidays(), l);
        String table = "<table class=\"trinvis-hours\">\n<caption>" + visible(l.weekdays()) + "</caption>\n<tr>" + head
                + "</tr>\n<tr>" + times + "</tr>\n</table>\n";
        return hours.hasDatedRules() ? table + "<p class=\"trinvis-hours-note\">" + visible(l.otherDates()) + "</p>\n"
                : table;
    }

    /** A column: the days, and their hours, "lukket", or "kendes ikke" when the spans are null. */
    private static void column(StringBuilder head, StringBuilder times, String days, int @Nullable [] spans, Labels l) {
        head.append("<th scope=\"col\">").append(visible(days)).append("</th>");
        String hours = spans == null ? l.notKnown() : spans.length == 0 ? l.closed() : spans(spans);
        times.append("<td>").append(visible(hours)).append("</td>");
    }

    private static String name(DayOfWeek day, Labels l) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, l.locale());
    }

    private static String spans(int[] spans) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < spans.length; i += 2) {
            b.append(i == 0 ? "" : ", ").append(clock(spans[i])).append('–').append(clock(spans[i + 1]));
        }
        return b.toString();
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    /** The hours, or null when they are not known (or, against the loader's checks, not readable). */
    private static @Nullable OpeningHours parse(String spec) {
        if (spec.equals(Decision.Help.UNKNOWN_HOURS)) {
            return null;
        }
        try {
            return OpeningHours.parse(spec);
        } catch (HoursSyntaxException e) {
            return null;
        }
    }
}
