package dk.trinvis.internal.insight;

import dk.trinvis.internal.util.HtmlEscape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report as one HTML page in the markup of Det Fælles Designsystem (DKFDS: container, alert,
 * zebra tables in a scrolling region), with its charts drawn here as SVG: no JavaScript, nothing
 * fetched but the design system's stylesheet when one is given. Every table has a caption and
 * header scopes; every chart is an image with a text name and its numbers in a table beside it;
 * counts under ten read "&lt; 10" and are drawn as an empty, outlined cell, never to scale.
 */
final class HtmlReport {
    /** Charts drawn per kind at most; the tables below them hold every row. */
    static final int MAX_CHARTS = 12;

    private static final String CSS = """
            .trinvis-report { font-family: "IBM Plex Sans", system-ui, sans-serif; color: #1a1a1a; }
            .trinvis-report .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .trinvis-report figure { margin: 0 0 24px 0; }
            .trinvis-report figcaption { font-weight: 600; margin-bottom: 4px; }
            .trinvis-report svg text { font-family: inherit; fill: #1a1a1a; }
            .trinvis-report .trinvis-charts { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; }
            .trinvis-report .trinvis-charts figure { flex: 0 0 auto; max-width: 100%; }
            .trinvis-report table { margin-bottom: 24px; }
            .trinvis-report caption { text-align: left; font-weight: 600; padding: 8px 0; }
            .trinvis-report .trinvis-summary { padding-left: 20px; }
            """;

    private final Words w;
    private final Names names;
    private final StringBuilder b = new StringBuilder();
    private int ids;

    private HtmlReport(Words w, Names names) {
        this.w = w;
        this.names = names;
    }

    /**
     * The page.
     *
     * @param stylesheet the URL of the DKFDS stylesheet to link, or null for none (the page still
     *                   reads well with its own few rules)
     */
    static String render(Report r, Names names, Words w, @Nullable String stylesheet) {
        return new HtmlReport(w, names).write(r, stylesheet);
    }

    private String write(Report r, @Nullable String stylesheet) {
        String title = w.t("title");
        b.append("<!DOCTYPE html>\n<html lang=\"").append(w.lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n");
        if (stylesheet != null) {
            b.append("<link rel=\"stylesheet\" href=\"").append(esc(stylesheet)).append("\">\n");
        }
        b.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"container page-container trinvis-report\">\n<main id=\"main-content\">\n<h1>")
                .append(esc(title)).append("</h1>\n");
        summary(r.summary());
        if (r.shares().isEmpty()) {
            b.append("<p>").append(esc(w.t("empty"))).append("</p>\n");
        } else {
            shares(r);
            grounds(r);
            help(r);
            interviews(r);
        }
        b.append("</main>\n</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private void summary(Report.Summary s) {
        List<String> lines = Summary.lines(s, w);
        String last = lines.remove(lines.size() - 1);
        b.append("<ul class=\"trinvis-summary\">\n");
        for (String line : lines) {
            b.append("<li>").append(esc(line)).append("</li>\n");
        }
        b.append("</ul>\n<div class=\"alert alert-info\"><div class=\"alert-body\"><p class=\"alert-text\">")
                .append(esc(last)).append("</p></div></div>\n");
    }

    private void shares(Report r) {
        double target = r.summary().target();
        b.append("<section aria-labelledby=\"share\">\n<h2 id=\"share\">").append(esc(w.t("share.heading"))).append("</h2>\n<p>")
                .append(esc(w.t("share.intro"))).append("</p>\n");
        Map<String, List<Report.ShareRow>> byPair = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Report.ShareRow row : r.shares()) {
            String key = row.municipality() + "\u0000" + row.service();
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            totals.merge(key, row.decisions(), Long::sum);
        }
        // A pair whose every month is hidden would be a chart of "< 10"s: only pairs with a month shown are drawn.
        List<String> charted = totals.entrySet().stream()
                .filter(e -> byPair.getOrDefault(e.getKey(), List.of()).stream().anyMatch(Report.ShareRow::shown))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CHARTS).map(Map.Entry::getKey).toList();
        b.append("<h3>").append(esc(w.t("share.charts"))).append("</h3>\n");
        if (byPair.size() > MAX_CHARTS) {
            b.append("<p>").append(esc(w.t("share.chartsMore", MAX_CHARTS))).append("</p>\n");
        }
        b.append("<div class=\"trinvis-charts\">\n");
        for (String key : charted) {
            List<Report.ShareRow> rows = java.util.Objects.requireNonNull(byPair.get(key));
            Report.ShareRow first = rows.get(0);
            Svg.shareByMonth(b, id(), municipality(first.municipality()) + ": " + names.service(first.service(), w.lang),
                    w.t("share.chart", municipality(first.municipality()), names.service(first.service(), w.lang),
                            w.percent(target)), rows, target, w);
        }
        b.append("</div>\n");

        table(w.t("share.heading"), w.t("col.municipality"), w.t("col.service"), w.t("col.month"), "#" + w.t("col.decisions"),
                "#" + w.t("col.share"), w.t("col.target"));
        for (Report.ShareRow row : r.shares()) {
            b.append("<tr><th scope=\"row\">").append(esc(municipality(row.municipality()))).append("</th><td>")
                    .append(esc(names.service(row.service(), w.lang))).append("</td><td>").append(row.month()).append("</td>");
            num(w.count(row.decisions()));
            if (row.shown()) {
                num(w.percent(row.share()));
                b.append("<td>");
                Svg.bar(b, row.share(), target);
                b.append(' ').append(esc(row.share() >= target ? w.t("met") : w.t("notMet"))).append("</td>");
            } else {
                num(Cells.SUPPRESSED);
                b.append("<td></td>");
            }
            b.append("</tr>\n");
        }
        endTable();
        b.append("</section>\n");
    }

    private void grounds(Report r) {
        if (r.grounds().isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"grounds\">\n<h2 id=\"grounds\">").append(esc(w.t("grounds.heading")))
                .append("</h2>\n<p>").append(esc(w.t("grounds.intro"))).append("</p>\n");
        long max = 1;
        for (Report.GroundRow row : r.grounds()) {
            for (Report.GroundCount c : row.grounds()) {
                max = Math.max(max, c.decisions());
            }
        }
        table(w.t("grounds.heading"), w.t("col.municipality"), w.t("col.service"), w.t("col.month"), w.t("col.alternative"),
                w.t("col.ground"), "#" + w.t("col.decisions"), "");
        for (Report.GroundRow row : r.grounds()) {
            String head = "<th scope=\"row\">" + esc(municipality(row.municipality())) + "</th><td>"
                    + esc(names.service(row.service(), w.lang)) + "</td><td>" + row.month() + "</td><td>"
                    + esc(w.effect(row.alternative())) + "</td>";
            b.append("<tr>").append(head).append("<td>").append(esc(w.t("grounds.all"))).append("</td>");
            num(w.count(row.decisions()));
            b.append("<td></td></tr>\n");
            for (Report.GroundCount c : row.grounds()) {
                b.append("<tr>").append(head).append("<td>").append(esc(names.ground(c.ground(), w.lang))).append("</td>");
                num(w.count(c.decisions()));
                b.append("<td>");
                if (Cells.shown(c.decisions())) {
                    Svg.bar(b, (double) c.decisions() / max, -1);
                }
                b.append("</td></tr>\n");
            }
        }
        endTable();
        b.append("</section>\n");
    }

    private void help(Report r) {
        if (r.help().isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"help\">\n<h2 id=\"help\">").append(esc(w.t("help.heading"))).append("</h2>\n<p>")
                .append(esc(w.t("help.intro"))).append("</p>\n");
        Map<String, List<Report.HelpRow>> byMunicipality = new LinkedHashMap<>();
        for (Report.HelpRow row : r.help()) {
            byMunicipality.computeIfAbsent(row.municipality(), m -> new ArrayList<>()).add(row);
        }
        List<String> charted = byMunicipality.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<Report.HelpRow>> e) ->
                        -e.getValue().stream().mapToLong(Report.HelpRow::sent).sum()).thenComparing(Map.Entry::getKey))
                .limit(MAX_CHARTS).map(Map.Entry::getKey).toList();
        if (byMunicipality.size() > MAX_CHARTS) {
            b.append("<p>").append(esc(w.t("help.chartsMore", MAX_CHARTS))).append("</p>\n");
        }
        for (Map.Entry<String, List<Report.HelpRow>> e : byMunicipality.entrySet()) {
            if (charted.contains(e.getKey())) {
                Svg.week(b, id(), municipality(e.getKey()), w.t("help.chart", municipality(e.getKey())), e.getValue(), w);
            }
            // The chart is the overview; its numbers, one row per hour, fold away below it.
            b.append("<details class=\"details\"><summary class=\"details-summary\"><span class=\"details-summary-text\">")
                    .append(esc(w.t("help.table") + ": " + municipality(e.getKey()))).append("</span></summary>\n<div class=\"details-text\">\n");
            table(w.t("help.table") + ": " + municipality(e.getKey()), w.t("col.weekday"), w.t("col.hour"), "#" + w.t("col.sent"),
                    "#" + w.t("col.noneOpen"), "#" + w.t("col.noneListed"));
            for (Report.HelpRow row : e.getValue()) {
                b.append("<tr><th scope=\"row\">").append(esc(w.weekday(row.weekday()))).append("</th><td>")
                        .append(w.hour(row.hour())).append("</td>");
                num(w.count(row.sent()));
                num(w.count(row.noneOpen()));
                num(w.count(row.noneListed()));
                b.append("</tr>\n");
            }
            endTable();
            b.append("</div>\n</details>\n");
        }
        b.append("</section>\n");
    }

    private void interviews(Report r) {
        if (r.pages().isEmpty()) {
            return;
        }
        b.append("<section aria-labelledby=\"interview\">\n<h2 id=\"interview\">").append(esc(w.t("interview.heading")))
                .append("</h2>\n<p>").append(esc(w.t("interview.intro"))).append("</p>\n");
        long max = r.pages().stream().mapToLong(Report.PageRow::shown).max().orElse(1);
        table(w.t("interview.heading"), w.t("col.municipality"), w.t("col.service"), "#" + w.t("col.answers"),
                "#" + w.t("col.shown"), "", "#" + w.t("col.done"), "#" + w.t("col.left"));
        for (Report.PageRow row : r.pages()) {
            b.append("<tr><th scope=\"row\">").append(esc(municipality(row.municipality()))).append("</th><td>")
                    .append(esc(names.service(row.service(), w.lang))).append("</td>");
            num(Integer.toString(row.answers()));
            num(w.count(row.shown()));
            b.append("<td>");
            if (Cells.shown(row.shown())) {
                Svg.bar(b, (double) row.shown() / max, -1);
            }
            b.append("</td>");
            num(w.count(row.done()));
            num(w.count(row.left()));
            b.append("</tr>\n");
        }
        endTable();
        b.append("<h3>").append(esc(w.t("questions.heading"))).append("</h3>\n");
        table(w.t("questions.heading"), w.t("col.municipality"), w.t("col.service"), w.t("col.question"), "#" + w.t("col.asked"));
        for (Report.QuestionRow row : r.questions()) {
            b.append("<tr><th scope=\"row\">").append(esc(municipality(row.municipality()))).append("</th><td>")
                    .append(esc(names.service(row.service(), w.lang))).append("</td><td>")
                    .append(esc(names.question(row.question(), w.lang))).append("</td>");
            num(w.count(row.asked()));
            b.append("</tr>\n");
        }
        endTable();
        b.append("</section>\n");
    }

    /** Opens a scrolling DKFDS table with its caption; a header starting with '#' is a number column, an empty one a chart column. */
    private void table(String caption, String... headers) {
        String id = id();
        b.append("<div class=\"table--responsive-scroll\" role=\"region\" aria-labelledby=\"").append(id)
                .append("\" tabindex=\"0\">\n<table class=\"table table--zebra table--compact\">\n<caption id=\"").append(id)
                .append("\">").append(esc(caption)).append("</caption>\n<thead><tr>");
        for (String h : headers) {
            boolean number = h.startsWith("#");
            String text = number ? h.substring(1) : h;
            if (text.isEmpty()) {
                b.append("<td></td>");
            } else {
                b.append("<th scope=\"col\"").append(number ? " class=\"num\"" : "").append('>').append(esc(text)).append("</th>");
            }
        }
        b.append("</tr></thead>\n<tbody>\n");
    }

    private void endTable() {
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private void num(String text) {
        b.append("<td class=\"num\">").append(esc(text)).append("</td>");
    }

    private String municipality(String code) {
        String name = names.municipality(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    private String id() {
        return "trinvis-" + ++ids;
    }

    static String esc(String text) {
        return HtmlEscape.escape(text);
    }
}
