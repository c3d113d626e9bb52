package dk.trinvis.internal.insight;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a count reaches a reader: under {@link #THRESHOLD} it is never shown, only "&lt; 10", in
 * every format; a share is shown only when the cell it is a share of has at least that many decisions.
 */
final class Cells {
    /** Counts under this are shown as {@link #SUPPRESSED}. */
    static final long THRESHOLD = 10;
    /** What a count under the threshold reads as, in every format and language. */
    static final String SUPPRESSED = "< 10";

    private Cells() {
    }

    /** Whether the count may be shown. */
    static boolean shown(long count) {
        return count >= THRESHOLD;
    }

    /** The count in plain digits, or "&lt; 10": for CSV and JSON. */
    static String plain(long count) {
        return shown(count) ? Long.toString(count) : SUPPRESSED;
    }

    /** The count with the language's thousands separator, or "&lt; 10": for text and HTML. */
    static String grouped(long count, Locale locale) {
        return shown(count) ? new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(count) : SUPPRESSED;
    }

    /** A share as a percentage with one decimal in the language's style, e.g. "82,1 %" or "82.1%". */
    static String percent(double share, Locale locale) {
        String number = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(share * 100);
        return locale.getLanguage().equals("da") ? number + " %" : number + "%";
    }

    /** A share rounded to three decimals, for CSV and JSON. */
    static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
