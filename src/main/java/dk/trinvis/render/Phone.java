package dk.trinvis.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A phone field split into what is dialled and what is said about it: "70 20 00 00 (tast 2)" dials
 * 70200000 and keeps "(tast 2)" as text, so the menu choice is never dialled as part of the number.
 *
 * @param dial   digits with an optional leading +, for a {@code tel:} link; null when the field
 *               does not start with a number
 * @param number the number as written
 * @param rest   what follows the number, as written (may be empty)
 */
record Phone(@Nullable String dial, String number, String rest) {
    // A number: optional +, then digits in groups separated by single spaces or hyphens.
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\+?\\d+(?:[ \\-]\\d+)*)(.*)$", Pattern.DOTALL);

    static Phone parse(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return new Phone(null, "", text);
        }
        String dial = m.group(1).replaceAll("[ \\-]", "");
        // Too few digits to be a number anyone can call: show the text, link nothing.
        return dial.replace("+", "").length() < 3 ? new Phone(null, "", text) : new Phone(dial, m.group(1), m.group(2));
    }
}
