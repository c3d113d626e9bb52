package dk.trinvis.internal.insight;

import java.util.Locale;

/**
 * The report as one CSV table in long form (RFC 4180, comma, dot decimals, UTF-8): one row per
 * measure, with a column per dimension, so every table of the report loads into a spreadsheet or
 * a warehouse the same way and filters by {@code table}. Counts under ten read "&lt; 10".
 */
final class CsvReport {
    static final String HEADER = "table,municipality,municipality_name,service,month,alternative,ground,weekday,hour,"
            + "answers,question,measure,value";

    private final Names names;
    private final StringBuilder b = new StringBuilder();

    private CsvReport(Names names) {
        this.names = names;
    }

    static String render(Report r, Names names) {
        return new CsvReport(names).write(r);
    }

    private String write(Report r) {
        b.append(HEADER).append("\r\n");
        for (Report.ShareRow row : r.shares()) {
            Dims d = new Dims("share", row.municipality(), row.service(), row.month());
            row(d, "decisions", Cells.plain(row.decisions()));
            row(d, "self_service_share", row.shown() ? String.format(Locale.ROOT, "%.3f", Cells.rounded(row.share())) : Cells.SUPPRESSED);
            row(d, "target_met", row.shown() ? Boolean.toString(row.share() >= r.summary().target()) : Cells.SUPPRESSED);
        }
        for (Report.GroundRow row : r.grounds()) {
            Dims d = new Dims("grounds", row.municipality(), row.service(), row.month()).alternative(row.alternative().value());
            row(d, "decisions", Cells.plain(row.decisions()));
            for (Report.GroundCount g : row.grounds()) {
                row(d.ground(g.ground()), "decisions", Cells.plain(g.decisions()));
            }
        }
        for (Report.HelpRow row : r.help()) {
            Dims d = new Dims("help", row.municipality(), "", "").slot(row.weekday(), row.hour());
            row(d, "sent_to_help", Cells.plain(row.sent()));
            row(d, "none_open", Cells.plain(row.noneOpen()));
            row(d, "none_listed", Cells.plain(row.noneListed()));
        }
        for (Report.PageRow row : r.pages()) {
            Dims d = new Dims("interview_pages", row.municipality(), row.service(), "").answers(row.answers());
            row(d, "shown", Cells.plain(row.shown()));
            row(d, "done", Cells.plain(row.done()));
            row(d, "left_estimate", Cells.plain(row.left()));
        }
        for (Report.QuestionRow row : r.questions()) {
            row(new Dims("interview_questions", row.municipality(), row.service(), "").question(row.question()), "asked",
                    Cells.plain(row.asked()));
        }
        return b.toString();
    }

    private void row(Dims d, String measure, String value) {
        String[] cells = {d.table, d.municipality, d.municipality.isEmpty() ? "" : names.municipality(d.municipality),
            d.service, d.month, d.alternative, d.ground, d.weekday, d.hour, d.answers, d.question, measure, value};
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",").append(quote(cells[i]));
        }
        b.append("\r\n");
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is quoted too, so no spreadsheet runs it as a formula. */
    static String quote(String cell) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        if (formula || cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + (formula ? "'" : "") + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** The dimension columns of a row. */
    private record Dims(String table, String municipality, String service, String month, String alternative, String ground,
                        String weekday, String hour, String answers, String question) {
        Dims(String table, String municipality, String service, String month) {
            this(table, municipality, service, month, "", "", "", "", "", "");
        }

        Dims alternative(String a) {
            return new Dims(table, municipality, service, month, a, ground, weekday, hour, answers, question);
        }

        Dims ground(String g) {
            return new Dims(table, municipality, service, month, alternative, g, weekday, hour, answers, question);
        }

        Dims slot(int day, int h) {
            return new Dims(table, municipality, service, month, alternative, ground, Integer.toString(day),
                    Integer.toString(h), answers, question);
        }

        Dims answers(int n) {
            return new Dims(table, municipality, service, month, alternative, ground, weekday, hour, Integer.toString(n), question);
        }

        Dims question(String q) {
            return new Dims(table, municipality, service, month, alternative, ground, weekday, hour, answers, q);
        }
    }
}
