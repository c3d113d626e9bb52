package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.Interpolation;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Fills the {@code {{...}}} placeholders of a guide text quoted in a diff, so an editor reads what
 * a citizen reads: a municipality's own values, or for a change every municipality sees, Danish
 * words that stand for them ("kommunens borgerservice"). What only a decision knows (an outage's
 * end, the authority) reads as the words for it. Quoted text is Danish, so the words are too.
 */
final class DiffPlaceholders {
    /** Danish words for what a placeholder stands for, where no one value fits. */
    private static final Map<String, String> STAND_INS = Map.ofEntries(
            Map.entry("municipality.name", "kommunen"),
            Map.entry("municipality.genitive", "kommunens"),
            Map.entry("municipality.officialName", "kommunen"),
            Map.entry("municipality.code", "kommunekoden"),
            Map.entry("decision.until", "tidspunktet, hvor løsningen virker igen"),
            Map.entry("authority.name", "myndigheden"),
            Map.entry("authority.contact.phone", "myndighedens telefonnummer"),
            Map.entry("authority.contact.email", "myndighedens e-mailadresse"),
            Map.entry("authority.contact.url", "myndighedens hjemmeside"),
            Map.entry("authority.contact.address", "myndighedens adresse"));

    private DiffPlaceholders() {
    }

    /**
     * The filling for a service's guide in a municipality (null: said for all), from the newer rule
     * set, or the older one for what the newer no longer has.
     */
    static UnaryOperator<String> of(RuleSet now, RuleSet old, String service, @Nullable String code) {
        Municipality m = code == null ? null : pick(now.model().municipalities(), old.model().municipalities(), code);
        Service s = pick(now.model().services(), old.model().services(), service);
        return text -> {
            if (text.indexOf("{{") < 0) {
                return text;
            }
            Matcher matcher = Interpolation.PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = value(matcher.group(1), m, s, now, old);
                matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
            }
            matcher.appendTail(out);
            return out.toString();
        };
    }

    private static @Nullable String value(String name, @Nullable Municipality m, @Nullable Service s, RuleSet now,
                                          RuleSet old) {
        if (m != null) {
            switch (name) {
                case "municipality.name":
                    return m.name();
                case "municipality.genitive":
                    return m.genitiveName();
                case "municipality.officialName":
                    return m.authorityName();
                case "municipality.code":
                    return m.code();
                default:
                    break;
            }
        }
        if (s != null && name.equals("service.title")) {
            return s.title().da();
        }
        if (s != null && name.equals("service.id")) {
            return s.id();
        }
        String[] parts = name.split("\\.", 3);
        if (parts.length == 3 && parts[0].equals("help")) {
            HelpOffer o = pick(now.model().helpOffers(), old.model().helpOffers(), parts[1]);
            return o == null ? null : help(o, parts[2]);
        }
        return STAND_INS.get(name);
    }

    private static @Nullable String help(HelpOffer o, String field) {
        return switch (field) {
            case "name" -> o.name().da();
            case "contact.phone" -> o.contact().phone();
            case "contact.email" -> o.contact().email();
            case "contact.url" -> o.contact().url();
            case "contact.address" -> o.contact().address();
            default -> null;
        };
    }

    private static <T> @Nullable T pick(Map<String, T> now, Map<String, T> old, String key) {
        T value = now.get(key);
        return value != null ? value : old.get(key);
    }
}
