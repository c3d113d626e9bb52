package dk.trinvis.yaml;

import dk.trinvis.model.Location;
import dk.trinvis.model.Text;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@code {{name}}} placeholders in guide text at load time. */
public final class Interpolation {
    /** A placeholder: two braces, a dotted name, two braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    /** Names every guide text may use. */
    public static final Set<String> NAMES = Set.of("municipality.name", "municipality.code",
            "municipality.genitive", "municipality.officialName", "service.title", "service.id", "decision.until",
            "authority.name", "authority.contact.phone", "authority.contact.email", "authority.contact.url",
            "authority.contact.address");
    private static final Pattern HELP = Pattern.compile("help\\.([a-z0-9æøå-]+)\\.(name|contact\\.(phone|email|url|address))");

    private Interpolation() {
    }

    static void check(Text text, Location at, Set<String> offerIds, Problems problems) {
        if (text == null) {
            return;
        }
        check(text.da(), at, offerIds, problems);
        if (text.en() != null) {
            check(text.en(), at, offerIds, problems);
        }
    }

    private static void check(String s, Location at, Set<String> offerIds, Problems problems) {
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (NAMES.contains(name)) {
                continue;
            }
            Matcher help = HELP.matcher(name);
            if (help.matches()) {
                if (!offerIds.contains(help.group(1))) {
                    problems.error(Codes.INTERPOLATION, at, "'{{" + name + "}}' names unknown help offer '"
                            + help.group(1) + "'", DidYouMean.hint(help.group(1), offerIds));
                }
                continue;
            }
            String hint = DidYouMean.hint(name, NAMES);
            problems.error(Codes.INTERPOLATION, at, "unknown placeholder '{{" + name + "}}'",
                    hint != null ? hint : "use " + String.join(", ", NAMES) + " or help.<id>.contact.phone");
        }
    }

    /** Escapes Markdown syntax in a value, so a name with '*' or '[' stays literal text. */
    public static String markdownLiteral(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_{}[]()<>#+!|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
