package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Bindings;
import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Decision;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Language;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a decision says about one exemption ground for one service, prepared at load in every
 * language: the matched ground, and the trace entry and considered ground for each outcome. The
 * records are immutable, so every decision shares them instead of building sentences anew. Only
 * an unknown condition naming several facts is explained per request (which facts decide it
 * depends on the request): {@link #entry} has nothing prepared for it, and {@link #sentence} makes it.
 * The ground is cited as it applies to the service ({@link Plans}).
 */
public final class GroundSentences {
    private static final List<Outcome> FIXED = List.of(Outcome.NOT_IN_FORCE, Outcome.AREA_EXCLUDED,
            Outcome.MATCHED, Outcome.NOT_MATCHED, Outcome.UNKNOWN, Outcome.NOT_APPLICABLE);

    private final ExemptionGround ground;
    private final @Nullable Text exemptionAuthority;
    private final Decision.MatchedGround[] matched;
    private final Decision.@Nullable TraceEntry[][] entries;
    private final Decision.@Nullable ConsideredGround[][] considered;

    GroundSentences(GroundPlan plan, @Nullable Legal legal, @Nullable Text exemptionAuthority, Languages languages) {
        this.ground = plan.ground();
        this.exemptionAuthority = exemptionAuthority;
        // The condition as folded for the service: 'service.id == x and citizen.y' names one fact here.
        AskedFacts.Fact only = plan.asked().only();
        List<String> onlyFact = only == null ? null : List.of(only.id());
        int n = languages.size();
        matched = new Decision.MatchedGround[n];
        entries = new Decision.TraceEntry[n][];
        considered = new Decision.ConsideredGround[n][];
        for (int l = 0; l < n; l++) {
            TraceWords words = languages.words(l);
            Language lang = words.language();
            matched[l] = new Decision.MatchedGround(ground.id(), ground.title().in(lang), ground.reasonIn(lang),
                    ground.effect(), legal, ground.location().toString());
            entries[l] = new Decision.TraceEntry[Outcome.values().length];
            considered[l] = new Decision.ConsideredGround[Outcome.values().length];
            for (Outcome outcome : FIXED) {
                if (outcome == Outcome.UNKNOWN && onlyFact == null) {
                    continue;
                }
                String text = sentence(words, outcome, onlyFact);
                entries[l][outcome.ordinal()] = new Decision.TraceEntry("ExemptionGround:" + ground.id(),
                        ground.location().file() + ":" + ground.location().line(), legal, outcome, text);
                considered[l][outcome.ordinal()] = new Decision.ConsideredGround(ground.id(), ground.effect(), outcome,
                        text);
            }
        }
    }

    /** The ground as matched, in the language of the words. */
    public Decision.MatchedGround matched(TraceWords words) {
        return matched[words.index()];
    }

    /** The prepared trace entry for the outcome, or null when its sentence depends on the request. */
    public Decision.@Nullable TraceEntry entry(TraceWords words, Outcome outcome) {
        return entries[words.index()][outcome.ordinal()];
    }

    /** The prepared considered ground for the outcome, or null when its sentence depends on the request. */
    public Decision.@Nullable ConsideredGround considered(TraceWords words, Outcome outcome) {
        return considered[words.index()][outcome.ordinal()];
    }

    /**
     * What the trace says of the ground's outcome for this request: when it is unknown, the facts
     * the condition {@code when} still needs under the bindings, as {@link #sentence} names them.
     * The facts are joined straight from the condition's names: no set, no list of fact ids.
     */
    public String sentence(TraceWords words, Outcome outcome, Expression when, Bindings bindings) {
        if (outcome != Outcome.UNKNOWN) {
            return sentence(words, outcome, null);
        }
        List<String> names = new ArrayList<>(4);
        when.decisiveUnknowns(bindings, names);
        StringBuilder facts = new StringBuilder(16 * names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            // A name given twice is named once, where it came first; only citizens' facts are named.
            if (!name.startsWith(Names.CITIZEN) || names.subList(0, i).contains(name)) {
                continue;
            }
            if (facts.length() > 0) {
                facts.append(", ");
            }
            facts.append(name, Names.CITIZEN.length(), name.length());
        }
        return words.groundUnknown(ground.title().in(words.language()), facts.toString());
    }

    /** What the trace says of the ground's outcome; {@code unknownFacts} decide it when it is unknown. */
    public String sentence(TraceWords words, Outcome outcome, @Nullable List<String> unknownFacts) {
        Language lang = words.language();
        String title = ground.title().in(lang);
        return switch (outcome) {
            case NOT_IN_FORCE -> words.groundNotInForce(title);
            case AREA_EXCLUDED -> words.groundAreaExcluded(title);
            case MATCHED -> words.groundMatched(title, ground.effect(),
                    exemptionAuthority == null ? null : exemptionAuthority.in(lang));
            case UNKNOWN -> words.groundUnknown(title, unknownFacts == null ? "" : String.join(", ", unknownFacts));
            case NOT_APPLICABLE -> words.groundNotNeeded(title);
            default -> words.groundNotMatched(title);
        };
    }
}
