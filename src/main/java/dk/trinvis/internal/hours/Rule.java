package dk.trinvis.internal.hours;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ;}-separated rule of an opening_hours text: which days it selects, and the time
 * spans (minutes from midnight; an end past 1440 spills into the next day), "off", or "unknown"
 * (the hours of the days it selects are not known).
 */
record Rule(List<DateRange> dates, int weekdays, boolean holidays, List<int[]> spans, boolean unknown, @Nullable String comment) {
    /** Bit mask with every weekday set. */
    static final int ALL_WEEKDAYS = 0x7F;

    boolean selects(LocalDate day) {
        if (!dates.isEmpty() && !inDates(day)) {
            return false;
        }
        if (weekdays == 0 && !holidays) {
            return true;
        }
        boolean weekday = (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
        return weekday || (holidays && DanishHolidays.isHoliday(day));
    }

    /**
     * Whether the rule speaks for the day as a public holiday or customary day off: it names it as
     * {@code PH}, by its date ({@code Dec 24}, not a whole month), or selects every day without
     * naming days at all ({@code 24/7}, {@code off}, a time alone). A weekday rule does not.
     */
    boolean names(LocalDate day) {
        if (selectsEveryDay()) {
            return true;
        }
        if (holidays && DanishHolidays.isHoliday(day) && (dates.isEmpty() || inDates(day))) {
            return true;
        }
        for (int i = 0; i < dates.size(); i++) {
            DateRange range = dates.get(i);
            if (!range.wholeMonths() && range.contains(day) && selectsOnly(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the day also passes the rule's weekday and holiday selectors, if any. */
    private boolean selectsOnly(LocalDate day) {
        if (weekdays == 0 && !holidays) {
            return true;
        }
        return (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0 || holidays && DanishHolidays.isHoliday(day);
    }

    /** Whether the rule names the calendar day in every year: a date range without years containing it. */
    boolean namesEveryYear(int month, int dayOfMonth) {
        if (selectsEveryDay()) {
            return true;
        }
        for (int i = 0; i < dates.size(); i++) {
            DateRange r = dates.get(i);
            if (r.fromYear() == 0 && r.toYear() == 0 && !r.wholeMonths() && weekdays == 0 && !holidays
                    && r.contains(LocalDate.of(2000, month, dayOfMonth))) {
                return true;
            }
        }
        return false;
    }

    private boolean inDates(LocalDate day) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether it selects every day without naming days: {@code 24/7}, {@code off}, a time alone. */
    boolean selectsEveryDay() {
        return dates.isEmpty() && weekdays == 0 && !holidays;
    }

    /** Whether it selects every day of the weekday (Monday 0), whatever the date. */
    boolean selectsEvery(int weekday) {
        return dates.isEmpty() && (weekdays == 0 && !holidays || (weekdays & (1 << weekday)) != 0);
    }

    /** Whether it selects some days of the weekday but not all: by date, or as public holidays. */
    boolean mayselect(int weekday) {
        if (selectsEvery(weekday)) {
            return false;
        }
        return holidays || weekdays == 0 || (weekdays & (1 << weekday)) != 0;
    }

    /**
     * A range of calendar days, with optional years. Without years it recurs every year and may
     * wrap over New Year ({@code Dec 24-Jan 02}). {@code wholeMonths} when written as months
     * ({@code Jun-Aug}): such a range does not name the holidays that fall in it.
     */
    record DateRange(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, boolean wholeMonths) {
        boolean contains(LocalDate d) {
            if (fromYear > 0 && toYear > 0) {
                return !d.isBefore(LocalDate.of(fromYear, fromMonth, fromDay))
                        && !d.isAfter(LocalDate.of(toYear, toMonth, toDay));
            }
            if (fromYear > 0 && d.getYear() < fromYear) {
                return false;
            }
            int key = d.getMonthValue() * 100 + d.getDayOfMonth();
            int from = fromMonth * 100 + fromDay;
            int to = toMonth * 100 + toDay;
            return from <= to ? key >= from && key <= to : key >= from || key <= to;
        }
    }
}
