package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Text;
import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.util.Interpolation;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** Checks {@code {{name}}} placeholders in guide text at load time. */
final class Placeholders {
    private Placeholders() {
    }

    static void check(@Nullable Text text, Location at, Set<String> offerIds, Problems problems) {
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
            Interpolation.HelpField help = Interpolation.helpField(name);
            if (help != null) {
                if (!offerIds.contains(help.offer())) {
                    String close = DidYouMean.closest(help.offer(), offerIds).orElse(null);
                    problems.error(Codes.INTERPOLATION, at, close == null
                            ? Phrase.of("placeholder.unknownOffer", name, help.offer())
                            : Phrase.of("placeholder.unknownOffer.close", name, help.offer(), close));
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
