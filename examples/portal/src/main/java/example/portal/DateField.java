package example.portal;

import static example.portal.Layout.esc;

import org.jspecify.annotations.Nullable;

/**
 * DKFDS's date field: day, month and year as three short number fields in a fieldset, which
 * every browser and screen reader handles alike (a native date picker does not).
 */
final class DateField {
    static final String DAY = "dag";
    static final String MONTH = "maaned";
    static final String YEAR = "aar";
    /** The field an error links to. */
    static final String FIRST = "date-day";

    private DateField() {
    }

    static void render(StringBuilder b, Words w, String day, String month, String year, String problem) {
        boolean error = !problem.isEmpty();
        b.append("<div class=\"form-group").append(error ? " form-error" : "").append("\">\n")
                .append("<fieldset aria-describedby=\"date-hint").append(error ? " date-fejl" : "").append("\">\n")
                .append("<legend class=\"form-label\">").append(esc(w.get("date.legend"))).append("</legend>\n")
                .append("<span class=\"form-hint\" id=\"date-hint\">").append(esc(w.get("date.hint"))).append("</span>\n");
        if (error) {
            StartPage.errorMessage(b, w, "date-fejl", problem);
        }
        b.append("<div class=\"date-group mt-3\">\n");
        part(b, "form-group-day", FIRST, DAY, w.get("date.day"), day, 2, error);
        part(b, "form-group-month", "date-month", MONTH, w.get("date.month"), month, 2, error);
        part(b, "form-group-year", "date-year", YEAR, w.get("date.year"), year, 4, error);
        b.append("</div>\n</fieldset>\n</div>\n");
    }

    private static void part(StringBuilder b, String group, String id, String name, String label, String value,
                             int digits, boolean error) {
        b.append("<div class=\"form-group ").append(group).append("\">\n<label class=\"form-label\" for=\"").append(id)
                .append("\">").append(esc(label)).append("</label>\n<input class=\"form-input")
                .append(error ? " form-input-error" : "").append("\" id=\"").append(id).append("\" name=\"").append(name)
                .append("\" type=\"text\" inputmode=\"numeric\" maxlength=\"").append(digits).append("\" value=\"")
                .append(esc(value)).append("\">\n</div>\n");
    }

    /** What is wrong with the three fields, or null when they make a date. */
    static @Nullable String problem(Words w, String day, String month, String year) {
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            return w.get("date.missing");
        }
        return Inputs.date(day, month, year) == null ? w.get("date.invalid") : null;
    }
}
