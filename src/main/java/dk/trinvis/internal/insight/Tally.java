package dk.trinvis.internal.insight;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The running counts of a report: one counter per cell, never a list of events, so memory grows
 * with the number of municipalities, services, months and ids, not with the number of events
 * (and is capped at {@link #MAX_CELLS} cells per table).
 */
final class Tally {
    /** Cells kept at most per table; an event that would open one more is counted as not tallied. */
    static final int MAX_CELLS = 250_000;
    /** Hours of a week: weekday (Monday first) × hour of the day. */
    static final int WEEK = 7 * 24;

    /**
     * A municipality, service and month. Its strings are the one instance of each value (the
     * parser keeps ids once, the tally months), so it compares them by identity: a million
     * lookups compare references, not characters.
     */
    static final class Cell {
        private final String municipality;
        private final String service;
        private final String month;
        private final int hash;

        Cell(String municipality, String service, String month) {
            this.municipality = municipality;
            this.service = service;
            this.month = month;
            this.hash = (municipality.hashCode() * 31 + service.hashCode()) * 31 + month.hashCode();
        }

        String municipality() {
            return municipality;
        }

        String service() {
            return service;
        }

        String month() {
            return month;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Cell c && c.municipality == municipality && c.service == service && c.month == month;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A cell and the alternative its decisions gave. */
    record AltCell(Cell cell, int alternative) {
    }

    /** A municipality and service, over the whole period. */
    record Pair(String municipality, String service) {
    }

    /** Decisions of one alternative, and how many of them each ground was behind. */
    static final class Grounds {
        long decisions;
        final Map<String, long[]> byGround = new HashMap<>();
    }

    /** Interview pages by the answers given before them, and the questions they asked. */
    static final class Pages {
        long[] shown = new long[8];
        long[] done = new long[8];
        final Map<String, long[]> questions = new HashMap<>();

        void add(int answers, boolean finished, @Nullable String question) {
            if (answers >= shown.length) {
                int size = Math.max(answers + 1, shown.length * 2);
                shown = java.util.Arrays.copyOf(shown, size);
                done = java.util.Arrays.copyOf(done, size);
            }
            shown[answers]++;
            if (finished) {
                done[answers]++;
            }
            if (question != null) {
                questions.computeIfAbsent(question, q -> new long[1])[0]++;
            }
        }
    }

    /** Decisions and self-service decisions per cell. */
    final Map<Cell, long[]> shares = new HashMap<>();
    final Map<AltCell, Grounds> grounds = new HashMap<>();
    /** Per municipality, per hour of the week: decisions sent to help, of them with none open, with none listed. */
    final Map<String, long[]> help = new HashMap<>();
    final Map<Pair, Pages> pages = new HashMap<>();
    private final Map<String, Slots> slots = new HashMap<>();
    private final Map<String, String> months = new HashMap<>();
    private final Filter filter;

    long lines;
    long events;
    long decisions;
    long filtered;
    long notTallied;
    @Nullable String firstMonth;
    @Nullable String lastMonth;

    Tally(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** Counts one parsed event. */
    void add(ParsedEvent e) {
        String hour = Objects.requireNonNull(e.hour);
        Slots slot = slots.get(hour);
        if (slot == null) {
            Slots parsed = Slots.of(hour);
            // One instance per month, so cells compare months by identity.
            slot = new Slots(months.computeIfAbsent(parsed.month(), m -> m), parsed.weekday(), parsed.hour());
            if (slots.size() < MAX_CELLS) {
                slots.put(hour, slot);
            }
        }
        if (!filter.admits(e, slot.month())) {
            filtered++;
            return;
        }
        String municipality = Objects.requireNonNull(e.municipality);
        String service = Objects.requireNonNull(e.service);
        Cell cell = new Cell(municipality, service, slot.month());
        long[] share = shares.get(cell);
        if (share == null) {
            if (shares.size() >= MAX_CELLS || help.size() >= MAX_CELLS || pages.size() >= MAX_CELLS
                    || grounds.size() >= MAX_CELLS) {
                notTallied++;
                return;
            }
            share = new long[2];
            shares.put(cell, share);
        }
        events++;
        month(slot.month());
        if (e.source == Vocabulary.INTERVIEW) {
            pages.computeIfAbsent(new Pair(municipality, service), p -> new Pages()).add(e.answers, e.done, e.question);
        }
        if (!e.isDecision()) {
            return;
        }
        decisions++;
        share[0]++;
        if (e.channel == Vocabulary.SELF_SERVICE) {
            share[1]++;
        }
        if (e.alternative > 0) {
            Grounds g = grounds.computeIfAbsent(new AltCell(cell, e.alternative), k -> new Grounds());
            g.decisions++;
            for (String ground : e.grounds) {
                g.byGround.computeIfAbsent(ground, k -> new long[1])[0]++;
            }
        }
        if (e.help != ParsedEvent.HELP_NOT_LOOKED_UP && Vocabulary.sendsToHelp(e.channel)) {
            long[] week = help.computeIfAbsent(municipality, m -> new long[WEEK * 3]);
            int at = ((slot.weekday() - 1) * 24 + slot.hour()) * 3;
            week[at]++;
            if (e.help == ParsedEvent.HELP_NONE_LISTED) {
                week[at + 2]++;
            } else if (e.help != ParsedEvent.HELP_OPEN) {
                week[at + 1]++;
            }
        }
    }

    private void month(String month) {
        if (firstMonth == null || month.compareTo(firstMonth) < 0) {
            firstMonth = month;
        }
        if (lastMonth == null || month.compareTo(lastMonth) > 0) {
            lastMonth = month;
        }
    }
}
