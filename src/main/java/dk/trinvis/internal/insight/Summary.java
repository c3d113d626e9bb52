package dk.trinvis.internal.insight;

import java.util.ArrayList;
import java.util.List;

/** The lines that say what a report read and how to read it, shared by the text and HTML reports. */
final class Summary {
    private Summary() {
    }

    static List<String> lines(Report.Summary s, Words w) {
        List<String> out = new ArrayList<>();
        out.add(w.t("read", w.count(s.lines()), s.files().size(), s.skipped()));
        for (String p : s.problems()) {
            out.add(w.t("skippedLine", p));
        }
        out.add(w.t("counted", w.count(s.events()), w.count(s.decisions())));
        if (s.firstMonth() != null) {
            out.add(w.t("period", s.firstMonth(), s.lastMonth()));
        }
        out.add(w.t("target", w.percent(s.target())));
        if (s.notTallied() > 0) {
            out.add(w.t("notTallied", w.count(s.notTallied())));
        }
        out.add(w.t("suppressed"));
        return out;
    }
}
