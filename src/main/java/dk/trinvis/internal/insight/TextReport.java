package dk.trinvis.internal.insight;

import java.util.ArrayList;
import java.util.List;

/** The report as aligned plain-text tables for a terminal. */
final class TextReport {
    private final Words w;
    private final Names names;
    private final StringBuilder b = new StringBuilder();

    private TextReport(Words w, Names names) {
        this.w = w;
        this.names = names;
    }

    static String render(Report r, Names names, Words w) {
        return new TextReport(w, names).write(r);
    }

    private String write(Report r) {
        Report.Summary s = r.summary();
        b.append(w.t("title")).append("\n\n");
        for (String line : Summary.lines(s, w)) {
            b.append(line).append('\n');
        }
        if (r.shares().isEmpty()) {
            b.append('\n').append(w.t("empty")).append('\n');
            return b.toString();
        }

        heading(w.t("share.heading"));
        Table t = new Table(w.t("col.municipality"), w.t("col.service"), w.t("col.month"), "#" + w.t("col.decisions"),
                "#" + w.t("col.share"), w.t("col.target"));
        for (Report.ShareRow row : r.shares()) {
            t.row(municipality(row.municipality()), row.service(), row.month(), w.count(row.decisions()),
                    row.shown() ? w.percent(row.share()) : Cells.SUPPRESSED,
                    row.shown() ? (row.share() >= s.target() ? w.t("met") : w.t("notMet")) : "");
        }
        t.write(b);

        if (!r.grounds().isEmpty()) {
            heading(w.t("grounds.heading"));
            Table g = new Table(w.t("col.municipality"), w.t("col.service"), w.t("col.month"), w.t("col.alternative"),
                    w.t("col.ground"), "#" + w.t("col.decisions"));
            for (Report.GroundRow row : r.grounds()) {
                g.row(municipality(row.municipality()), row.service(), row.month(), w.effect(row.alternative()), "",
                        w.count(row.decisions()));
                for (Report.GroundCount c : row.grounds()) {
                    g.row("", "", "", "", c.ground(), w.count(c.decisions()));
                }
            }
            g.write(b);
        }

        if (!r.help().isEmpty()) {
            heading(w.t("help.heading"));
            Table h = new Table(w.t("col.municipality"), w.t("col.weekday"), w.t("col.hour"), "#" + w.t("col.sent"),
                    "#" + w.t("col.noneOpen"), "#" + w.t("col.noneListed"));
            for (Report.HelpRow row : r.help()) {
                h.row(municipality(row.municipality()), w.weekday(row.weekday()), w.hour(row.hour()), w.count(row.sent()),
                        w.count(row.noneOpen()), w.count(row.noneListed()));
            }
            h.write(b);
        }

        if (!r.pages().isEmpty()) {
            heading(w.t("interview.heading"));
            Table p = new Table(w.t("col.municipality"), w.t("col.service"), "#" + w.t("col.answers"), "#" + w.t("col.shown"),
                    "#" + w.t("col.done"), "#" + w.t("col.left"));
            for (Report.PageRow row : r.pages()) {
                p.row(municipality(row.municipality()), row.service(), Integer.toString(row.answers()), w.count(row.shown()),
                        w.count(row.done()), w.count(row.left()));
            }
            p.write(b);
            heading(w.t("questions.heading"));
            Table q = new Table(w.t("col.municipality"), w.t("col.service"), w.t("col.question"), "#" + w.t("col.asked"));
            for (Report.QuestionRow row : r.questions()) {
                q.row(municipality(row.municipality()), row.service(), row.question(), w.count(row.asked()));
            }
            q.write(b);
        }
        return b.toString();
    }

    private String municipality(String code) {
        String name = names.municipality(code);
        return name.equals(code) ? code : code + " " + name;
    }

    private void heading(String text) {
        b.append('\n').append(text).append('\n').append("-".repeat(text.length())).append('\n');
    }

    /** Columns padded to their widest cell; a header starting with '#' is a right-aligned number column. */
    private static final class Table {
        private final String[] headers;
        private final boolean[] right;
        private final List<String[]> rows = new ArrayList<>();

        Table(String... headers) {
            this.headers = new String[headers.length];
            this.right = new boolean[headers.length];
            for (int i = 0; i < headers.length; i++) {
                right[i] = headers[i].startsWith("#");
                this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
            }
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void write(StringBuilder b) {
            int[] width = new int[headers.length];
            for (int i = 0; i < headers.length; i++) {
                width[i] = headers[i].length();
                for (String[] row : rows) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            line(b, headers, width);
            for (String[] row : rows) {
                line(b, row, width);
            }
        }

        private void line(StringBuilder b, String[] cells, int[] width) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String pad = " ".repeat(width[i] - cells[i].length());
                l.append(i == 0 ? "" : "  ").append(right[i] ? pad + cells[i] : cells[i] + pad);
            }
            b.append(l.toString().stripTrailing()).append('\n');
        }
    }
}
