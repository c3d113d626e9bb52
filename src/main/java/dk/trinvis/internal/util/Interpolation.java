package dk.trinvis.internal.util;

import java.util.Set;
import java.util.regex.Pattern;

/** The {@code {{name}}} placeholders of guide text, and how a value is kept literal in Markdown. */
public final class Interpolation {
    /** A placeholder: two braces, a dotted name, two braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    /** Names every guide text may use. */
    public static final Set<String> NAMES = Set.of("municipality.name", "municipality.code",
            "municipality.genitive", "municipality.officialName", "service.title", "service.id", "decision.until",
            "authority.name", "authority.contact.phone", "authority.contact.email", "authority.contact.url",
            "authority.contact.address");

    private Interpolation() {
    }

    /** Escapes Markdown syntax in a value, so a name with '*' or '[' stays literal text. */
    public static String markdownLiteral(String value) {
        int first = 0;
        while (first < value.length() && !markdownSyntax(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            return value; // the usual case, a municipality's name: nothing to copy
        }
        StringBuilder b = new StringBuilder(value.length() + 8).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (markdownSyntax(c)) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean markdownSyntax(char c) {
        return "\\`*_{}[]()<>#+!|".indexOf(c) >= 0;
    }
}
