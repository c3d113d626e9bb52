package dk.trinvis.internal.insight;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts, drawn as SVG text on the server. A chart that carries information is an
 * image named by its {@code <title>}; a bar inside a table row repeats the number beside it and
 * is hidden from assistive technology. Counts under ten are never drawn to scale.
 */
final class Svg {
    /** DKFDS's link blue: 8.6:1 on white. */
    private static final String BLUE = "#004D99";
    private static final String GREY = "#707070";
    private static final String LIGHT = "#F5F5F5";
    private static final String LINE = "#BFBFBF";
    private static final String INK = "#1a1a1a";

    private Svg() {
    }

    /** A bar of the value (0 to 1) with a tick at the target (none when negative), for a table cell. */
    static void bar(StringBuilder b, double value, double target) {
        int width = 100;
        b.append("<svg width=\"").append(width).append("\" height=\"12\" viewBox=\"0 0 ").append(width)
                .append(" 12\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0\" y=\"1\" width=\"").append(width)
                .append("\" height=\"10\" fill=\"").append(LIGHT).append("\" stroke=\"").append(LINE).append("\"/>")
                .append("<rect x=\"0\" y=\"1\" width=\"").append(fmt(Math.max(0, Math.min(1, value)) * width))
                .append("\" height=\"10\" fill=\"").append(BLUE).append("\"/>");
        if (target >= 0) {
            b.append("<line x1=\"").append(fmt(target * width)).append("\" x2=\"").append(fmt(target * width))
                    .append("\" y1=\"0\" y2=\"12\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
        }
        b.append("</svg>");
    }

    /** Columns of the self-service share per month, with the target as a dashed line; hidden months say "< 10". */
    static void shareByMonth(StringBuilder b, String id, String caption, String title, List<Report.ShareRow> rows, double target, Words w) {
        int left = 44;
        int top = 10;
        int plot = 120;
        int column = Math.max(28, Math.min(48, 480 / Math.max(1, rows.size())));
        int right = left + column * rows.size();
        int width = right + 48;
        int height = top + plot + 44;
        figure(b, id, caption, title, width, height);
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plot - plot * pct / 100.0;
            b.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(LINE).append("\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(HtmlReport.esc(w.percent(pct / 100.0).replace(",0", "").replace(".0", ""))).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            Report.ShareRow row = rows.get(i);
            int x = left + i * column + 4;
            if (row.shown()) {
                double h = plot * row.share();
                b.append("<rect x=\"").append(x).append("\" y=\"").append(fmt(top + plot - h)).append("\" width=\"")
                        .append(column - 8).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(BLUE).append("\"/>");
            } else {
                b.append("<rect x=\"").append(x).append("\" y=\"").append(top + plot - 16).append("\" width=\"").append(column - 8)
                        .append("\" height=\"16\" fill=\"none\" stroke=\"").append(GREY).append("\" stroke-dasharray=\"3 2\"/>")
                        .append("<text x=\"").append(x + (column - 8) / 2).append("\" y=\"").append(top + plot - 4)
                        .append("\" font-size=\"9\" text-anchor=\"middle\">").append(HtmlReport.esc(Cells.SUPPRESSED)).append("</text>");
            }
            // Month labels: every one when few, else every third.
            if (rows.size() <= 12 || i % 3 == 0) {
                b.append("<text x=\"").append(x + (column - 8) / 2).append("\" y=\"").append(top + plot + 16)
                        .append("\" font-size=\"10\" text-anchor=\"middle\">").append(row.month().substring(5)).append("</text>");
                if (i == 0 || row.month().endsWith("-01")) {
                    b.append("<text x=\"").append(x + (column - 8) / 2).append("\" y=\"").append(top + plot + 30)
                            .append("\" font-size=\"10\" text-anchor=\"middle\">").append(row.month(), 0, 4).append("</text>");
                }
            }
        }
        double ty = top + plot - plot * target;
        b.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(fmt(ty))
                .append("\" y2=\"").append(fmt(ty)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                .append("<text x=\"").append(right + 4).append("\" y=\"").append(fmt(ty + 4)).append("\" font-size=\"10\">")
                .append(HtmlReport.esc(w.percent(target))).append("</text>");
        b.append("</svg></figure>\n");
    }

    /**
     * A week as 7 rows of 24 hours, each shaded by the answers sent to help with no offer open;
     * cells under ten are outlined and empty, whatever their count.
     */
    static void week(StringBuilder b, String id, String caption, String title, List<Report.HelpRow> rows, Words w) {
        long[] cells = new long[Tally.WEEK];
        long max = 0;
        for (Report.HelpRow row : rows) {
            long n = row.noneOpen();
            cells[(row.weekday() - 1) * 24 + row.hour()] = n;
            if (Cells.shown(n)) {
                max = Math.max(max, n);
            }
        }
        int left = 84;
        int top = 20;
        int cell = 20;
        int width = left + 24 * cell + 8;
        int height = top + 7 * cell + 40;
        figure(b, id, caption, title, width, height);
        for (int hour = 0; hour < 24; hour += 3) {
            b.append("<text x=\"").append(left + hour * cell + cell / 2).append("\" y=\"").append(top - 6)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(String.format(Locale.ROOT, "%02d", hour)).append("</text>");
        }
        for (int day = 0; day < 7; day++) {
            int y = top + day * cell;
            b.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + cell - 6)
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(HtmlReport.esc(w.weekday(day + 1))).append("</text>");
            for (int hour = 0; hour < 24; hour++) {
                long n = cells[day * 24 + hour];
                int x = left + hour * cell;
                b.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(cell - 2)
                        .append("\" height=\"").append(cell - 2).append('"');
                if (Cells.shown(n)) {
                    b.append(" fill=\"").append(shade((double) n / max)).append('"');
                } else {
                    b.append(" fill=\"white\" stroke=\"").append(LINE).append('"');
                }
                b.append("/>");
            }
        }
        int ly = top + 7 * cell + 14;
        b.append("<rect x=\"").append(left).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"white\" stroke=\"")
                .append(LINE).append("\"/><text x=\"").append(left + 20).append("\" y=\"").append(ly + 11)
                .append("\" font-size=\"11\">").append(HtmlReport.esc(w.t("legend.few"))).append("</text>");
        int sx = left + 200;
        for (int i = 1; i <= 4; i++) {
            b.append("<rect x=\"").append(sx + (i - 1) * 16).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(shade(i / 4.0)).append("\"/>");
        }
        b.append("<text x=\"").append(sx + 70).append("\" y=\"").append(ly + 11).append("\" font-size=\"11\">")
                .append(HtmlReport.esc(w.t("legend.scale"))).append("</text>");
        b.append("</svg></figure>\n");
    }

    /** A figure whose short caption is shown, and whose SVG is an image named by the full title. */
    private static void figure(StringBuilder b, String id, String caption, String title, int width, int height) {
        b.append("<figure><figcaption>").append(HtmlReport.esc(caption))
                .append("</figcaption>\n<svg role=\"img\" aria-labelledby=\"").append(id).append("-title\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(id).append("-title\">")
                .append(HtmlReport.esc(title)).append("</title>");
    }

    /** From light to DKFDS blue as the share of the largest count grows. */
    private static String shade(double fraction) {
        double f = 0.2 + 0.8 * Math.max(0, Math.min(1, fraction));
        int r = (int) Math.round(0xE2 + (0x00 - 0xE2) * f);
        int g = (int) Math.round(0xF2 + (0x4D - 0xF2) * f);
        int bl = (int) Math.round(0xFB + (0x99 - 0xFB) * f);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
