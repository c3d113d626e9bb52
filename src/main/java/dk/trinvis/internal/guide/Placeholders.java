package dk.trinvis.internal.guide;

import dk.trinvis.internal.util.Interpolation;
import dk.trinvis.model.Decision;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Language;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import dk.trinvis.model.Text;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Fills the {@code {{...}}} placeholders of one guide with plain values the renderers escape
 * later; the names are {@link Interpolation}'s.
 */
final class Placeholders {
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TemplateCache cache;
    private final Service service;
    private final Municipality municipality;
    private final Decision decision;
    private final Language lang;
    private final Function<String, @Nullable String> values = this::value;

    Placeholders(TemplateCache cache, Service service, Municipality municipality, Decision decision, Language lang) {
        this.cache = cache;
        this.service = service;
        this.municipality = municipality;
        this.decision = decision;
        this.lang = lang;
    }

    /** Fills Markdown text: values are escaped so a '*' or '[' in a name stays literal. */
    @Nullable LocalText fill(@Nullable LocalText text) {
        return fill(text, true);
    }

    /** Fills plain text (titles, ready items): values as they are; renderers escape per format. */
    @Nullable LocalText plain(@Nullable LocalText text) {
        return fill(text, false);
    }

    /** Each text in the request's language, filled as plain text. */
    List<LocalText> plain(List<Text> texts) {
        LocalText[] filled = new LocalText[texts.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = plain(LocalText.of(texts.get(i), lang));
        }
        return List.of(filled);
    }

    private @Nullable LocalText fill(@Nullable LocalText text, boolean markdown) {
        if (text == null || text.text().indexOf("{{") < 0) {
            return text;
        }
        return new LocalText(cache.template(text.text()).fill(values, markdown), text.language());
    }

    private @Nullable String value(String name) {
        Interpolation.Name fixed = Interpolation.Name.of(name);
        if (fixed == null) {
            return helpValue(name);
        }
        Decision.Responsible authority = decision.authority();
        return switch (fixed) {
            case MUNICIPALITY_NAME -> municipality.name();
            case MUNICIPALITY_CODE -> municipality.code();
            case MUNICIPALITY_GENITIVE -> municipality.genitiveName();
            case MUNICIPALITY_OFFICIAL_NAME -> municipality.authorityName();
            case SERVICE_TITLE -> service.title().in(lang);
            case SERVICE_ID -> service.id();
            case DECISION_UNTIL -> decision.until() == null ? "" : decision.until().toLocalDateTime().format(UNTIL);
            case AUTHORITY_NAME -> authority == null ? "" : authority.name();
            case AUTHORITY_PHONE -> authority == null ? "" : orEmpty(authority.contact().phone());
            case AUTHORITY_EMAIL -> authority == null ? "" : orEmpty(authority.contact().email());
            case AUTHORITY_URL -> authority == null ? "" : orEmpty(authority.contact().url());
            case AUTHORITY_ADDRESS -> authority == null ? "" : orEmpty(authority.contact().address());
        };
    }

    private @Nullable String helpValue(String name) {
        TemplateCache.HelpValue help = cache.help(name);
        HelpOffer offer = help.offer();
        if (offer == null) {
            return null;
        }
        String value = switch (help.field()) {
            case "name" -> offer.name().in(lang);
            case "contact.phone" -> offer.contact().phone();
            case "contact.email" -> offer.contact().email();
            case "contact.url" -> offer.contact().url();
            default -> offer.contact().address();
        };
        return orEmpty(value);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
