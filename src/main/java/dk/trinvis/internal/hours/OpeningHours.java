package dk.trinvis.internal.hours;

import dk.trinvis.model.Phrase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours in OpenStreetMap {@code opening_hours} syntax: weekday ranges and lists, several
 * time spans a day, spans past midnight, {@code off}/{@code closed}, {@code unknown}, {@code PH}
 * (Danish public holidays), dates and date ranges ({@code Dec 24 off}, {@code Jun-Aug}),
 * {@code 24/7} and comments. A later rule overrides earlier ones for the days it selects.
 *
 * <p>Unlike OpenStreetMap, weekly hours do not speak for a public holiday or a customary day off
 * ({@link DanishHolidays#isDayOff}): such a day's hours are known only when a rule names it
 * ({@code PH off}, {@code Dec 24 off}, or a rule for every day such as {@code 24/7}); otherwise
 * they are unknown, never "open". A rule {@code unknown} makes the days it selects unknown.
 * Immutable, thread-safe.
 */
public final class OpeningHours {
    /**
     * Longest opening_hours text, in characters. Every decision evaluates every rule for up to a
     * year of days, so the cost grows with the text; real ones are under a hundred characters.
     */
    public static final int MAX_LENGTH = 1_000;

    private final String spec;
    private final List<Rule> rules;
    /** Whether some rule says "unknown": then the rule governing a day decides whether it is known. */
    private final boolean someUnknown;
    /** Whether every public holiday and customary day off is named by some rule, in every year. */
    private final boolean namesEveryDayOff;
    /**
     * Per weekday (Monday 0), the rules after the last one that selects every such day, which
     * select some of them (by date or as holidays): only on a day one of these selects does the
     * weekly pattern not hold.
     */
    private final Rule[][] overriding = new Rule[7][];
    /** Per weekday, its spans when the weekly pattern holds on it and the day before: spill merged. */
    private final int[][] weekly = new int[7][];
    /** Per weekday, whether the rule that selects every such day says its hours are unknown. */
    private final boolean[] weeklyUnknown = new boolean[7];

    private OpeningHours(String spec, List<Rule> rules) {
        this.spec = spec;
        this.rules = List.copyOf(rules);
        this.someUnknown = this.rules.stream().anyMatch(Rule::unknown);
        this.namesEveryDayOff = this.rules.stream().anyMatch(Rule::selectsEveryDay)
                || this.rules.stream().anyMatch(r -> r.holidays() && r.dates().isEmpty())
                && namedEveryYear(6, 5) && namedEveryYear(12, 24) && namedEveryYear(12, 31);
        // The weekly pattern, prepared once, so most days cost no rule walk and no allocation.
        Rule[] plain = new Rule[7];
        for (int w = 0; w < 7; w++) {
            List<Rule> after = new ArrayList<>();
            for (Rule r : this.rules) {
                if (r.selectsEvery(w)) {
                    plain[w] = r;
                    after.clear();
                } else if (r.mayselect(w)) {
                    after.add(r);
                }
            }
            overriding[w] = after.toArray(new Rule[0]);
        }
        for (int w = 0; w < 7; w++) {
            List<int[]> spans = new ArrayList<>();
            if (plain[w] != null) {
                plain[w].spans().forEach(span -> spans.add(new int[] {span[0], Math.min(span[1], 1440)}));
            }
            Rule before = plain[(w + 6) % 7];
            if (before != null) {
                before.spans().stream().filter(span -> span[1] > 1440).forEach(span -> spans.add(new int[] {0, span[1] - 1440}));
            }
            weekly[w] = Spans.merge(spans);
            weeklyUnknown[w] = plain[w] != null && plain[w].unknown();
        }
    }

    /**
     * Parses an opening_hours text.
     *
     * @throws HoursSyntaxException with the offset in the text, for anything it cannot read
     */
    public static OpeningHours parse(String spec) {
        if (spec == null) {
            throw new HoursSyntaxException(0, Phrase.of("hours.missing"));
        }
        if (spec.length() > MAX_LENGTH) {
            throw new HoursSyntaxException(0, Phrase.of("hours.tooLong", spec.length(), MAX_LENGTH));
        }
        try {
            return new OpeningHours(spec, new HoursParser(spec).rules());
        } catch (HoursSyntaxException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value the grammar let through but java.time refuses (e.g. Feb 30): still the editor's text.
            throw new HoursSyntaxException(0, Phrase.of("hours.unreadable", e.getMessage()));
        }
    }

    /** The text it was parsed from. */
    public String spec() {
        return spec;
    }

    private boolean namedEveryYear(int month, int day) {
        return rules.stream().anyMatch(r -> r.namesEveryYear(month, day));
    }

    /**
     * Whether the hours of the day are known: not when the rule governing it says {@code unknown},
     * nor on a public holiday or customary day off that no rule names.
     */
    public boolean knows(LocalDate day) {
        if (someUnknown) {
            Rule r = governing(day);
            if (r != null && r.unknown()) {
                return false;
            }
        }
        if (namesEveryDayOff || !DanishHolidays.isDayOff(day)) {
            return true;
        }
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).names(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some day's hours may be unknown: a rule says so, or a holiday or day off goes unnamed. */
    public boolean hasUnknownDays() {
        return someUnknown || !namesEveryDayOff;
    }

    /** Whether it is open at a Copenhagen wall-clock time; false also on a day whose hours are unknown. */
    public boolean isOpen(LocalDateTime t) {
        if (!knows(t.toLocalDate())) {
            return false;
        }
        int minute = t.getHour() * 60 + t.getMinute();
        for (int[] span : intervals(t.toLocalDate(), true)) {
            if (minute >= span[0] && minute < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The comment of the rule in force at the time, or null. */
    public @Nullable String comment(LocalDateTime t) {
        Rule r = governing(t.toLocalDate());
        return r == null ? null : r.comment();
    }

    /**
     * The open spans of an ordinary week's day, as a printed weekly table shows them: the rules
     * that select every such day, spill from the day before included; public holidays and dated
     * rules left out ({@link #holidays}, {@link #hasDatedRules}). Flat {@code [start, end, ...]}
     * in minutes within 0..1440, a copy; null when the rule for the day says its hours are unknown.
     */
    public int @Nullable [] ordinaryDay(DayOfWeek day) {
        int w = day.getValue() - 1;
        return weeklyUnknown[w] ? null : weekly[w].clone();
    }

    /**
     * The open spans on a Danish public holiday as the text says them (empty: closed), or null
     * when nobody knows: the text says nothing of holidays, or says they are unknown.
     */
    public int @Nullable [] holidays() {
        Rule found = null;
        for (Rule r : rules) {
            if (r.holidays() && r.dates().isEmpty()) {
                found = r;
            }
        }
        if (found == null || found.unknown()) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        found.spans().forEach(span -> spans.add(new int[] {span[0], Math.min(span[1], 1440)}));
        return Spans.merge(spans);
    }

    /** Whether a rule holds on some dates only ({@code Dec 24 off}): a weekly table cannot show those. */
    public boolean hasDatedRules() {
        return rules.stream().anyMatch(r -> !r.dates().isEmpty());
    }

    /** Whether no rule can ever open, and none leaves a day unknown. */
    public boolean neverOpens() {
        return rules.stream().allMatch(r -> r.spans().isEmpty() && !r.unknown());
    }

    /**
     * The merged spans of a day, spill from the day before included, when the weekly pattern holds
     * on both; null when a dated or holiday rule may govern either (then ask {@link #intervals}).
     * Flat {@code [start, end, start, end, ...]} in minutes; shared, never to be changed.
     */
    int @Nullable [] weekly(LocalDate day) {
        int w = day.getDayOfWeek().getValue() - 1;
        if (overriding[w].length == 0 && overriding[(w + 6) % 7].length == 0) {
            return weekly[w];
        }
        if (selectedBy(overriding[w], day) || overriding[(w + 6) % 7].length > 0
                && selectedBy(overriding[(w + 6) % 7], day.minusDays(1))) {
            return null;
        }
        return weekly[w];
    }

    private static boolean selectedBy(Rule[] rules, LocalDate day) {
        for (Rule r : rules) {
            if (r.selects(day)) {
                return true;
            }
        }
        return false;
    }

    /** The open intervals of a day in minutes [start, end) within 0..1440, spill-over included. */
    List<int[]> intervals(LocalDate day, boolean withSpill) {
        List<int[]> out = new ArrayList<>();
        Rule today = governing(day);
        if (today != null) {
            for (int[] s : today.spans()) {
                out.add(new int[] {s[0], Math.min(s[1], 1440)});
            }
        }
        if (withSpill && knows(day.minusDays(1))) {
            out.addAll(spill(day.minusDays(1)));
        }
        return out;
    }

    /** The parts of a day's spans that run past midnight into the next day. */
    List<int[]> spill(LocalDate day) {
        List<int[]> out = new ArrayList<>();
        Rule r = governing(day);
        if (r != null) {
            for (int[] s : r.spans()) {
                if (s[1] > 1440) {
                    out.add(new int[] {0, s[1] - 1440});
                }
            }
        }
        return out;
    }

    private @Nullable Rule governing(LocalDate day) {
        Rule found = null;
        for (Rule r : rules) {
            if (r.selects(day)) {
                found = r;
            }
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours other && other.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return spec;
    }
}
