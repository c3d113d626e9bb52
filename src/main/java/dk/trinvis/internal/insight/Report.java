package dk.trinvis.internal.insight;

import dk.trinvis.model.Effect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A channel-shift report: the counts, before any is hidden. Every renderer shows a count through
 * {@link Cells}, which never shows one under ten; this record holds the true counts so the
 * renderers can decide, and must never be written out as it is.
 *
 * @param summary   what was read
 * @param shares    self-service share per municipality, service and month
 * @param grounds   per municipality, service, month and alternative, the grounds behind it
 * @param help      per municipality and hour of the week, decisions that sent the citizen to help
 * @param pages     per municipality and service, interview pages by the answers given before them
 * @param questions per municipality and service, how often each question was asked
 */
public record Report(Summary summary, List<ShareRow> shares, List<GroundRow> grounds, List<HelpRow> help,
                     List<PageRow> pages, List<QuestionRow> questions) {

    /** Copies the lists. */
    public Report {
        shares = List.copyOf(shares);
        grounds = List.copyOf(grounds);
        help = List.copyOf(help);
        pages = List.copyOf(pages);
        questions = List.copyOf(questions);
    }

    /**
     * What was read.
     *
     * @param files      the files, as named
     * @param lines      lines read (blank lines not counted)
     * @param skipped    lines that were not events
     * @param problems   the first skipped lines, as {@code file:line: why}
     * @param events     events counted (after the filter)
     * @param decisions  of them, answers (all but interview pages that still ask a question)
     * @param notTallied events not counted because the files hold too many different cells
     * @param target     the self-service share aimed at, 0 to 1
     * @param firstMonth the first month with an event counted, or null
     * @param lastMonth  the last, or null
     */
    public record Summary(List<String> files, long lines, long skipped, List<String> problems, long events, long decisions,
                          long notTallied, double target, @Nullable String firstMonth, @Nullable String lastMonth) {
        /** Copies the lists. */
        public Summary {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Decisions of one municipality, service and month, and how many had the channel self-service. */
    public record ShareRow(String municipality, String service, String month, long decisions, long selfService) {
        /** The share, 0 to 1. */
        public double share() {
            return decisions == 0 ? 0 : (double) selfService / decisions;
        }

        /** Whether the share may be shown: the cell has at least ten decisions. */
        public boolean shown() {
            return Cells.shown(decisions);
        }
    }

    /** How many decisions of an alternative a ground was behind. */
    public record GroundCount(String ground, long decisions) {
    }

    /** Decisions of one municipality, service, month and alternative, and the grounds behind them (a decision may have several). */
    public record GroundRow(String municipality, String service, String month, Effect alternative, long decisions,
                            List<GroundCount> grounds) {
        /** Copies the list. */
        public GroundRow {
            grounds = List.copyOf(grounds);
        }
    }

    /**
     * Decisions of a municipality at one hour of the week that sent the citizen to help (channel
     * assisted or alternative, help looked up), of them those where no offer listed was open (every
     * one closed or with hours not known), and those where no offer was listed at all.
     */
    public record HelpRow(String municipality, int weekday, int hour, long sent, long noneOpen, long noneListed) {
    }

    /**
     * Interview pages of a municipality and service shown after a number of answers, how many of
     * them were the last (done), and how many citizens are estimated to have left there: pages at
     * this step, less pages at the next step, less those done.
     */
    public record PageRow(String municipality, String service, int answers, long shown, long done, long left) {
    }

    /** How often a question was asked in the interviews of a municipality and service. */
    public record QuestionRow(String municipality, String service, String question, long asked) {
    }

    /** The report of a tally. */
    static Report of(Tally t, List<String> files, long skipped, List<String> problems, double target) {
        Summary summary = new Summary(files, t.lines, skipped, problems, t.events, t.decisions, t.notTallied, target,
                t.firstMonth, t.lastMonth);
        List<ShareRow> shares = new ArrayList<>();
        t.shares.forEach((c, n) -> {
            if (n[0] > 0) {
                shares.add(new ShareRow(c.municipality(), c.service(), c.month(), n[0], n[1]));
            }
        });
        shares.sort(Comparator.comparing(ShareRow::municipality).thenComparing(ShareRow::service).thenComparing(ShareRow::month));

        List<GroundRow> grounds = new ArrayList<>();
        t.grounds.forEach((k, g) -> {
            List<GroundCount> counts = new ArrayList<>();
            g.byGround.forEach((id, n) -> counts.add(new GroundCount(id, n[0])));
            counts.sort(Comparator.comparingLong(GroundCount::decisions).reversed().thenComparing(GroundCount::ground));
            grounds.add(new GroundRow(k.cell().municipality(), k.cell().service(), k.cell().month(),
                    Effect.values()[k.alternative()], g.decisions, counts));
        });
        grounds.sort(Comparator.comparing(GroundRow::municipality).thenComparing(GroundRow::service)
                .thenComparing(GroundRow::month).thenComparing(r -> -r.alternative().ordinal()));

        List<HelpRow> help = new ArrayList<>();
        t.help.forEach((m, week) -> {
            for (int slot = 0; slot < Tally.WEEK; slot++) {
                if (week[slot * 3] > 0) {
                    help.add(new HelpRow(m, slot / 24 + 1, slot % 24, week[slot * 3], week[slot * 3 + 1], week[slot * 3 + 2]));
                }
            }
        });
        help.sort(Comparator.comparing(HelpRow::municipality).thenComparingInt(HelpRow::weekday).thenComparingInt(HelpRow::hour));

        List<PageRow> pages = new ArrayList<>();
        List<QuestionRow> questions = new ArrayList<>();
        t.pages.forEach((pair, p) -> {
            for (int a = 0; a < p.shown.length; a++) {
                if (p.shown[a] > 0) {
                    long next = a + 1 < p.shown.length ? p.shown[a + 1] : 0;
                    pages.add(new PageRow(pair.municipality(), pair.service(), a, p.shown[a], p.done[a],
                            Math.max(0, p.shown[a] - next - p.done[a])));
                }
            }
            for (Map.Entry<String, long[]> q : p.questions.entrySet()) {
                questions.add(new QuestionRow(pair.municipality(), pair.service(), q.getKey(), q.getValue()[0]));
            }
        });
        pages.sort(Comparator.comparing(PageRow::municipality).thenComparing(PageRow::service).thenComparingInt(PageRow::answers));
        questions.sort(Comparator.comparing(QuestionRow::municipality).thenComparing(QuestionRow::service)
                .thenComparing(Comparator.comparingLong(QuestionRow::asked).reversed()).thenComparing(QuestionRow::question));
        return new Report(summary, shares, grounds, help, pages, questions);
    }

    /**
     * Reads the event files ({@code -} for standard input; plain or gzip) and counts them.
     *
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static Report read(List<String> files, java.io.InputStream stdin, Filter filter, double target) {
        Tally tally = new Tally(filter);
        EventFiles reader = new EventFiles();
        reader.read(files, stdin, tally);
        return of(tally, files, reader.skipped(), reader.problems(), target);
    }
}
