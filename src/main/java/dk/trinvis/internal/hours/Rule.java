package dk.trinvis.internal.hours;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code ;}-separated rule of an opening_hours text: which days it selects, and the time
 * spans (minutes from midnight; an end past 1440 spills into the next day) or "off".
 */
record Rule(List<DateRange> dates, int weekdays, boolean holidays, List<int[]> spans, String comment) {
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

    private boolean inDates(LocalDate day) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).contains(day)) {
                return true;
            }
        }
        return false;
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
     * wrap over New Year ({@code Dec 24-Jan 02}).
     */
    record DateRange(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay) {
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
