package dk.trinvis.internal.hours;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Danish public holidays (helligdage) for any year. A small calculator rather than a holiday
 * library: the Danish list is eleven dates from Easter and fixed days, and the one change that
 * matters — Store Bededag abolished from 2024 (lov nr. 140 af 28. februar 2023) — must be exact.
 * Grundlovsdag, juleaftensdag and nytårsaftensdag are not public holidays, but many offices close
 * on them by custom or agreement: {@link #isCustomaryDayOff}. Opening hours that say nothing of a
 * public holiday or such a day do not know it ({@link OpeningHours#knows}).
 */
public final class DanishHolidays {
    /** The last year Store Bededag was a public holiday. */
    public static final int LAST_STORE_BEDEDAG = 2023;

    private DanishHolidays() {
    }

    /** Whether the date is a Danish public holiday. */
    public static boolean isHoliday(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (month == 1 && day == 1 || month == 12 && (day == 25 || day == 26)) {
            return true;
        }
        // The moving holidays lie between Skærtorsdag (22 March at the earliest, less 3 days) and
        // 2. pinsedag (25 April at the latest, plus 50 days): other days need no Easter.
        int key = month * 100 + day;
        return key >= 319 && key <= 614 && nameOf(date).isPresent();
    }

    /**
     * Whether the date is a day many offices close by custom or agreement though it is no public
     * holiday: Grundlovsdag (5 June, often from noon), juleaftensdag (24 December) and
     * nytårsaftensdag (31 December).
     */
    public static boolean isCustomaryDayOff(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return month == 6 && day == 5 || month == 12 && (day == 24 || day == 31);
    }

    /** Whether the date is a public holiday or a customary day off: a day ordinary weekly hours do not speak for. */
    public static boolean isDayOff(LocalDate date) {
        return isCustomaryDayOff(date) || isHoliday(date);
    }

    /** The Danish name of the holiday on the date, if it is one. */
    public static Optional<String> nameOf(LocalDate date) {
        if (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1) {
            return Optional.of("Nytårsdag");
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25) {
            return Optional.of("Juledag");
        }
        if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 26) {
            return Optional.of("2. juledag");
        }
        long fromEaster = date.toEpochDay() - easter(date.getYear()).toEpochDay();
        return Optional.ofNullable(switch ((int) Math.max(Math.min(fromEaster, 100), -100)) {
            case -3 -> "Skærtorsdag";
            case -2 -> "Langfredag";
            case 0 -> "Påskedag";
            case 1 -> "2. påskedag";
            case 26 -> date.getYear() <= LAST_STORE_BEDEDAG ? "Store Bededag" : null;
            case 39 -> "Kristi himmelfartsdag";
            case 49 -> "Pinsedag";
            case 50 -> "2. pinsedag";
            default -> null;
        });
    }

    /** The public holidays of a year, in date order. */
    public static List<LocalDate> of(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isHoliday(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
