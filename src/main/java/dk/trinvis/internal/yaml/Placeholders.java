package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.util.Interpolation;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@code {{name}}} placeholders in guide text at load time. */
final class Placeholders {
    private static final Pattern HELP = Pattern.compile("help\\.([a-z0-9æøå-]+)\\.(name|contact\\.(phone|email|url|address))");

    private Placeholders() {
    }

    static void check(Text text, Location at, Set<String> offerIds, Problems problems) {
        if (text == null) {
            return;
        }
        text.all().forEach(s -> check(s, at, offerIds, problems));
    }

    private static void check(String s, Location at, Set<String> offerIds, Problems problems) {
        Matcher m = Interpolation.PLACEHOLDER.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (Interpolation.NAMES.contains(name)) {
                continue;
            }
            Matcher help = HELP.matcher(name);
            if (help.matches()) {
                if (!offerIds.contains(help.group(1))) {
                    String close = DidYouMean.closest(help.group(1), offerIds).orElse(null);
                    problems.error(Codes.INTERPOLATION, at, close == null
                            ? Phrase.of("placeholder.unknownOffer", name, help.group(1))
                            : Phrase.of("placeholder.unknownOffer.close", name, help.group(1), close));
                }
                continue;
            }
            String close = DidYouMean.closest(name, Interpolation.NAMES).orElse(null);
            problems.error(Codes.INTERPOLATION, at, close == null
                    ? Phrase.of("placeholder.unknown", name, String.join(", ", Interpolation.NAMES))
                    : Phrase.of("placeholder.unknown.close", name, close));
        }
    }

}
