package dk.trinvis.internal.util;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code {{name}}} placeholders of guide text: their syntax, the one vocabulary of names the
 * loader checks and the guide resolver fills, and how a value is kept literal in Markdown.
 */
public final class Interpolation {
    /** A placeholder: two braces, a dotted name, two braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    /** A help offer's field: {@code help.<offer id>.<field>}. */
    private static final Pattern HELP = Pattern.compile("help\\.([a-z0-9æøå-]+)\\.(name|contact\\.(phone|email|url|address))");

    /** The fixed names every guide text may use. */
    public enum Name {
        MUNICIPALITY_NAME("municipality.name"),
        MUNICIPALITY_CODE("municipality.code"),
        MUNICIPALITY_GENITIVE("municipality.genitive"),
        MUNICIPALITY_OFFICIAL_NAME("municipality.officialName"),
        SERVICE_TITLE("service.title"),
        SERVICE_ID("service.id"),
        DECISION_UNTIL("decision.until"),
        AUTHORITY_NAME("authority.name"),
        AUTHORITY_PHONE("authority.contact.phone"),
        AUTHORITY_EMAIL("authority.contact.email"),
        AUTHORITY_URL("authority.contact.url"),
        AUTHORITY_ADDRESS("authority.contact.address");

        private final String written;

        Name(String written) {
            this.written = written;
        }

        /** The name as written between the braces. */
        public String written() {
            return written;
        }

        /** The name written so, or null when it is none of these. */
        public static @Nullable Name of(String written) {
            for (Name n : values()) {
                if (n.written.equals(written)) {
                    return n;
                }
            }
            return null;
        }
    }

    /** The fixed names as written, in the order above. */
    public static final Set<String> NAMES = names();

    /**
     * A help offer's field named by a placeholder.
     *
     * @param offer the offer's id
     * @param field {@code name}, or {@code contact.phone|email|url|address}
     */
    public record HelpField(String offer, String field) {
    }

    private Interpolation() {
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (Name n : Name.values()) {
            names.add(n.written());
        }
        return Collections.unmodifiableSet(names);
    }

    /** The help offer's field a placeholder names ({@code help.<offer>.<field>}), or null when it names none. */
    public static @Nullable HelpField helpField(String name) {
        Matcher m = HELP.matcher(name);
        return m.matches() ? new HelpField(m.group(1), m.group(2)) : null;
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
