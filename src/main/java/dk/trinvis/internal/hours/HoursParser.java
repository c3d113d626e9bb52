package dk.trinvis.internal.hours;

import dk.trinvis.model.Phrase;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads an opening_hours text rule by rule; every error carries its offset. Linear in the input. */
final class HoursParser {
    private static final List<String> WEEKDAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    /** Danish weekday names and abbreviations editors write (Ma-Fr, man-fre, mandag), longest first. */
    private static final Pattern DANISH_DAY = Pattern.compile("(?iu)(mandag|man|ma|tirsdag|tirs|tir|ti|onsdag|ons|on"
            + "|torsdag|tors|tor|to|fredag|fre|lørdag|lør|lø|søndag|søn|sø)(?!\\p{L})");
    private static final Map<Character, String> DANISH_INITIAL = Map.of('m', "Mo", 't', "Tu", 'o', "We",
            'f', "Fr", 'l', "Sa", 's', "Su");

    private final String s;
    private int i;
    /** The first problem found; later ones hang on it. */
    private @Nullable HoursSyntaxException first;

    HoursParser(String s) {
        this.s = s;
    }

    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        skipSpaces();
        if (i == s.length()) {
            throw error(0, "hours.empty");
        }
        while (true) {
            try {
                rules.add(rule());
                skipSpaces();
                if (i < s.length() && s.charAt(i) != ';') {
                    throw error(i, "hours.semicolon");
                }
            } catch (HoursSyntaxException e) {
                // Every rule is read, so the editor sees every bad part of the text at once.
                record(e);
                int next = s.indexOf(';', Math.max(i, e.offset()));
                i = next < 0 ? s.length() : next;
            }
            if (i >= s.length()) {
                break;
            }
            i++;
            skipSpaces();
            if (i == s.length()) {
                break;
            }
        }
        if (first != null) {
            alsoBeyondDanishDays(first);
            throw first;
        }
        return rules;
    }

    /**
     * A rule with a Danish weekday stops at the day; read the text again with the English days
     * (when they are as long, so offsets still point right) to report what else is wrong in it.
     */
    private void alsoBeyondDanishDays(HoursSyntaxException first) {
        String english = inEnglish(s);
        if (english.equals(s) || english.length() != s.length()) {
            return;
        }
        try {
            new HoursParser(english).rules();
        } catch (HoursSyntaxException again) {
            List<Integer> reported = first.all().stream().map(HoursSyntaxException::offset).toList();
            again.all().stream().filter(e -> !reported.contains(e.offset())).forEach(first::also);
        }
    }

    private Rule rule() {
        if (s.startsWith("24/7", i)) {
            i += 4;
            return new Rule(List.of(), 0, false, List.of(new int[] {0, 1440}), false, comment());
        }
        List<Rule.DateRange> dates = new ArrayList<>();
        if (startsYear() || startsMonth()) {
            dates.add(dateRange());
            while (peek() == ',' && (startsYearAt(i + 1) || startsMonthAt(i + 1))) {
                i++;
                dates.add(dateRange());
            }
            skipSpaces();
        }
        int weekdays = 0;
        boolean holidays = false;
        if (startsWeekday() || s.startsWith("PH", i)) {
            while (true) {
                if (s.startsWith("PH", i)) {
                    holidays = true;
                    i += 2;
                } else {
                    weekdays |= weekdayRange();
                }
                if (peek() == ',' && (startsWeekdayAt(i + 1) || s.startsWith("PH", i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            skipSpaces();
        }
        List<int[]> spans = new ArrayList<>();
        boolean unknown = false;
        if (word("off") || word("closed")) {
            spans = List.of();
        } else if (word("unknown")) {
            spans = List.of();
            unknown = true;
        } else if (word("open")) {
            spans.add(new int[] {0, 1440});
        } else if (i < s.length() && Character.isDigit(s.charAt(i))) {
            spanOrSkip(spans);
            while (peek() == ',' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                spanOrSkip(spans);
            }
            skipSpaces();
            if (s.startsWith("unknown", i)) {
                // OpenStreetMap allows times with "unknown"; Trinvis knows a day's hours or not.
                throw error(i, "hours.unknownWithTimes");
            }
        } else if (dates.isEmpty() && weekdays == 0 && !holidays) {
            throw unexpected("hours.expected.rule");
        } else {
            // A selector without times means open all day, as in the OSM specification.
            spans.add(new int[] {0, 1440});
        }
        return new Rule(List.copyOf(dates), weekdays, holidays, List.copyOf(spans), unknown, comment());
    }

    private @Nullable String comment() {
        skipSpaces();
        if (peek() != '"') {
            return null;
        }
        int start = i;
        int end = s.indexOf('"', i + 1);
        if (end < 0) {
            throw error(start, "hours.unclosedComment");
        }
        i = end + 1;
        return s.substring(start + 1, end);
    }

    private int weekdayRange() {
        int from = weekday();
        if (peek() == '-') {
            i++;
            int to = weekday();
            int mask = 0;
            for (int d = from; ; d = (d + 1) % 7) {
                mask |= 1 << d;
                if (d == to) {
                    return mask;
                }
            }
        }
        return 1 << from;
    }

    private int weekday() {
        for (int d = 0; d < 7; d++) {
            if (s.startsWith(WEEKDAYS.get(d), i)) {
                i += 2;
                return d;
            }
        }
        throw unexpected("hours.expected.weekday");
    }

    private Rule.DateRange dateRange() {
        int fromYear = year();
        int fromMonth = month();
        int fromDay = day();
        int toYear = fromYear;
        int toMonth = fromMonth;
        int toDay = fromDay;
        boolean monthOnly = fromDay == 0;
        if (peek() == '-') {
            int dash = i;
            i++;
            int y = year();
            toYear = y > 0 ? y : fromYear;
            if (startsMonth()) {
                toMonth = month();
                toDay = day();
                if (toDay == 0 && !monthOnly) {
                    throw error(i, "hours.dayAfterMonth");
                }
            } else if (monthOnly) {
                throw error(dash + 1, "hours.monthAfterDash");
            } else {
                toDay = number(2, "hours.expected.day");
            }
        }
        if (monthOnly) {
            fromDay = 1;
            // With a year the month has its real length: "2025 Feb" ends on the 28th.
            toDay = toYear > 0 ? LocalDate.of(toYear, toMonth, 1).lengthOfMonth()
                    : MonthDay.of(toMonth, 1).getMonth().maxLength();
        }
        validate(fromYear, fromMonth, fromDay);
        validate(toYear, toMonth, toDay);
        return new Rule.DateRange(fromYear, fromMonth, fromDay, toYear, toMonth, toDay, monthOnly);
    }

    private void validate(int year, int month, int day) {
        if (day < 1 || day > MonthDay.of(month, 1).getMonth().maxLength()
                || (year > 0 && day > LocalDate.of(year, month, 1).lengthOfMonth())) {
            throw error(Math.max(0, i - 2), "hours.noSuchDay", MONTHS.get(month - 1), day);
        }
    }

    private int year() {
        if (startsYear()) {
            int y = Integer.parseInt(s.substring(i, i + 4));
            i += 4;
            skipSpaces();
            return y;
        }
        return 0;
    }

    private int month() {
        for (int m = 0; m < 12; m++) {
            if (s.startsWith(MONTHS.get(m), i)) {
                i += 3;
                return m + 1;
            }
        }
        throw unexpected("hours.expected.month");
    }

    private int day() {
        int save = i;
        skipSpaces();
        if (i < s.length() && Character.isDigit(s.charAt(i)) && !isTimeAt(i)) {
            return number(2, "hours.expected.day");
        }
        i = save;
        return 0;
    }

    private void record(HoursSyntaxException e) {
        if (first == null) {
            first = e;
        } else {
            first.also(e);
        }
    }

    /** A time span; a bad one is recorded and skipped up to the next ',' or ';', so the spans after it are read too. */
    private void spanOrSkip(List<int[]> spans) {
        try {
            spans.add(span());
        } catch (HoursSyntaxException e) {
            record(e);
            while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ';') {
                i++;
            }
        }
    }

    private int[] span() {
        int start = time(false);
        if (peek() != '-') {
            throw unexpected("hours.expected.dash");
        }
        i++;
        int end = time(true);
        if (end <= start) {
            end += 1440;
        }
        return new int[] {start, end};
    }

    private int time(boolean end) {
        int at = i;
        if (!isTimeAt(i)) {
            throw unexpected("hours.expected.time");
        }
        int h = Integer.parseInt(s.substring(i, i + 2));
        int m = Integer.parseInt(s.substring(i + 3, i + 5));
        if (m > 59 || h > 24 || (h == 24 && (m != 0 || !end)) || (end && h > 48)) {
            throw error(at, "hours.noSuchTime", s.substring(i, i + 5));
        }
        i += 5;
        return h * 60 + m;
    }

    private boolean isTimeAt(int k) {
        return k + 5 <= s.length() && Character.isDigit(s.charAt(k)) && Character.isDigit(s.charAt(k + 1))
                && s.charAt(k + 2) == ':' && Character.isDigit(s.charAt(k + 3)) && Character.isDigit(s.charAt(k + 4));
    }

    /** A number of at most so many digits; {@code expected} is the phrase-book key saying what was expected. */
    private int number(int maxDigits, String expected) {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < maxDigits) {
            i++;
        }
        if (i == start) {
            throw unexpected(expected);
        }
        return Integer.parseInt(s.substring(start, i));
    }

    private boolean word(String w) {
        if (s.startsWith(w, i) && (i + w.length() == s.length() || !Character.isLetter(s.charAt(i + w.length())))) {
            i += w.length();
            return true;
        }
        return false;
    }

    private boolean startsWeekday() {
        return startsWeekdayAt(i);
    }

    private boolean startsWeekdayAt(int k) {
        return WEEKDAYS.stream().anyMatch(w -> s.startsWith(w, k));
    }

    private boolean startsMonth() {
        return startsMonthAt(i);
    }

    private boolean startsMonthAt(int k) {
        return MONTHS.stream().anyMatch(m -> s.startsWith(m, k));
    }

    private boolean startsYear() {
        return startsYearAt(i);
    }

    private boolean startsYearAt(int k) {
        return k + 5 <= s.length() && s.substring(k, k + 4).chars().allMatch(Character::isDigit) && s.charAt(k + 4) == ' ';
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skipSpaces() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    /** What was expected (a phrase-book key whose slot {0} says what was found instead) at the current place. */
    private HoursSyntaxException unexpected(String expected) {
        Matcher danish = DANISH_DAY.matcher(s).region(i, s.length());
        if (danish.lookingAt()) {
            return error(i, "hours.danishWeekday", danish.group(), inEnglish(s));
        }
        String found = i >= s.length() ? "end" : "'" + s.substring(i, Math.min(s.length(), i + 6)) + "'";
        return error(i, expected, found);
    }

    /** The text with Danish weekday names written as the English codes. */
    static String inEnglish(String spec) {
        Matcher m = DANISH_DAY.matcher(spec);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String day = m.group().toLowerCase(Locale.ROOT);
            String code = day.startsWith("to") ? "Th" : DANISH_INITIAL.get(day.charAt(0));
            m.appendReplacement(out, code);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static HoursSyntaxException error(int offset, String key, Object... args) {
        return new HoursSyntaxException(offset, Phrase.of(key, args));
    }
}
