package dk.trinvis.internal.guide;

import dk.trinvis.internal.util.Interpolation;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.RuleSetModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A rule set's guide texts cut at their placeholders, and its help-offer placeholders parsed, each
 * once. Keyed by the rule set's own texts and names, so bounded by them. Thread-safe.
 */
final class TemplateCache {
    private final RuleSetModel model;
    private final Map<String, TextTemplate> templates = new ConcurrentHashMap<>();
    private final Map<String, HelpValue> helpValues = new ConcurrentHashMap<>();

    TemplateCache(RuleSetModel model) {
        this.model = model;
    }

    /** The text cut at its placeholders. */
    TextTemplate template(String text) {
        return templates.computeIfAbsent(text, TextTemplate::of);
    }

    /** The help offer and field a placeholder names; its offer is null when it names none. */
    HelpValue help(String name) {
        return helpValues.computeIfAbsent(name, this::parse);
    }

    private HelpValue parse(String name) {
        Interpolation.HelpField field = Interpolation.helpField(name);
        HelpOffer offer = field == null ? null : model.helpOffers().get(field.offer());
        return new HelpValue(offer, field == null || offer == null ? "" : field.field());
    }

    /**
     * A {@code help.<offer>.<field>} placeholder, parsed.
     *
     * @param offer the offer, or null when the name is none
     * @param field the field
     */
    record HelpValue(@Nullable HelpOffer offer, String field) {
    }
}
