package dk.trinvis.internal.plan;

import dk.trinvis.model.Decision;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Language;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a decision says about one exemption ground for a service, prepared at load in every
 * language: the matched ground, and the trace entry and considered ground for each outcome. The
 * records are immutable, so every decision shares them instead of building sentences anew, and
 * every service for which they read the same shares one ({@link Plans}: they depend only on the
 * ground, its legal basis as cited, who decides exemptions and the one fact its folded condition
 * names). An
 * unknown condition naming several facts depends on the request (which facts decide it):
 * {@link #entry} has nothing prepared for it; {@link #unknownEntry} shares one per combination of
 * deciding facts when the condition names a few, each once, and else {@link #sentence} makes it.
 * The ground is cited as it applies to the service ({@link Plans}).
 */
public final class GroundSentences {
    private static final List<Outcome> FIXED = List.of(Outcome.NOT_IN_FORCE, Outcome.AREA_EXCLUDED,
            Outcome.MATCHED, Outcome.NOT_MATCHED, Outcome.UNKNOWN, Outcome.NOT_APPLICABLE);

    private final ExemptionGround ground;
    private final @Nullable Text exemptionAuthority;
    /** The ground's legal basis as it applies to the service: what every entry of it cites. */
    private final @Nullable Legal legal;
    /** The entries' rule and location, as every trace entry names them. */
    private final String rule;
    private final String where;
    private final Decision.MatchedGround[] matched;
    private final Decision.@Nullable TraceEntry[][] entries;
    private final Decision.@Nullable ConsideredGround[][] considered;
    /**
     * For a condition naming a few facts, each once: its fact ids in source order, so the facts that
     * decide it when unknown, as bits of these ({@link AskedFacts#decidingBits}), give the sentence's
     * list in the order the expression reports them. Null otherwise.
     */
    private final String @Nullable [] unknownFacts;
    /**
     * The unknown outcome's entry and considered ground per language and deciding-fact bits, made on
     * first use and then shared. A racing thread may make one again: the records are immutable
     * (final fields), so it gets an equal one and publication is safe.
     */
    private final Decision.@Nullable TraceEntry @Nullable [][] unknownEntries;
    private final Decision.@Nullable ConsideredGround @Nullable [][] unknownConsidered;

    GroundSentences(GroundPlan plan, @Nullable Legal legal, @Nullable Text exemptionAuthority, Languages languages) {
        this.ground = plan.ground();
        this.legal = legal;
        this.exemptionAuthority = exemptionAuthority;
        // The condition as folded for the service: 'service.id == x and citizen.y' names one fact here.
        AskedFacts.Fact only = plan.asked().only();
        this.unknownFacts = only == null ? factsOnceEach(plan) : null;
        List<String> onlyFact = only == null ? null : List.of(only.id());
        this.rule = "ExemptionGround:" + ground.id();
        this.where = ground.location().file() + ":" + ground.location().line();
        int n = languages.size();
        unknownEntries = unknownFacts == null ? null : new Decision.TraceEntry[n][1 << unknownFacts.length];
        unknownConsidered = unknownFacts == null ? null : new Decision.ConsideredGround[n][1 << unknownFacts.length];
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
                entries[l][outcome.ordinal()] = new Decision.TraceEntry(rule, where, legal, outcome, text);
                considered[l][outcome.ordinal()] = new Decision.ConsideredGround(ground.id(), ground.effect(), outcome,
                        text);
            }
        }
    }

    /** Up to this many facts, each combination of them deciding an unknown ground gets a shared sentence. */
    private static final int FEW_FACTS = 4;

    /**
     * The fact ids of a condition that names between two and {@link #FEW_FACTS} facts, each once
     * (then its decisive unknowns come in source order), else null.
     */
    private static String @Nullable [] factsOnceEach(GroundPlan plan) {
        AskedFacts.Fact[] facts = plan.asked().facts();
        if (facts.length < 2 || facts.length > FEW_FACTS) {
            return null;
        }
        // With every name unknown, every occurrence of every name is reported: one each means no repeats.
        List<String> occurrences = new ArrayList<>();
        plan.when().decisiveUnknowns(name -> null, occurrences);
        if (occurrences.size() != plan.when().names().size()) {
            return null;
        }
        String[] ids = new String[facts.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = facts[i].id();
        }
        return ids;
    }

    /**
     * The trace entry of the ground left unknown by the facts of the bits ({@link AskedFacts#decidingBits}),
     * citing the legal basis as it applies to the service, as the entries of the other outcomes do,
     * shared by every decision that says the same; null when the condition is not one whose
     * sentence can be told from those bits (then it is made per request with {@link #sentence}).
     */
    public Decision.@Nullable TraceEntry unknownEntry(TraceWords words, long bits) {
        if (unknownEntries == null || unknownFacts == null) {
            return null;
        }
        Decision.TraceEntry[] byBits = unknownEntries[words.index()];
        Decision.TraceEntry entry = byBits[(int) bits];
        if (entry == null) {
            String text = sentence(words, Outcome.UNKNOWN, deciding(bits));
            entry = new Decision.TraceEntry(rule, where, legal, Outcome.UNKNOWN, text);
            byBits[(int) bits] = entry;
        }
        return entry;
    }

    /** The ground's legal basis as it applies to the service: what an entry made per request cites too. */
    public @Nullable Legal legal() {
        return legal;
    }

    /** The considered ground that goes with {@link #unknownEntry}, for the same words and bits. */
    public Decision.ConsideredGround unknownConsidered(TraceWords words, long bits) {
        Decision.ConsideredGround[] byBits = Objects.requireNonNull(unknownConsidered, "asked after unknownEntry")
                [words.index()];
        Decision.ConsideredGround g = byBits[(int) bits];
        if (g == null) {
            Decision.TraceEntry entry = Objects.requireNonNull(unknownEntry(words, bits), "asked after unknownEntry");
            g = new Decision.ConsideredGround(ground.id(), ground.effect(), Outcome.UNKNOWN, entry.text());
            byBits[(int) bits] = g;
        }
        return g;
    }

    private List<String> deciding(long bits) {
        String[] ids = Objects.requireNonNull(unknownFacts);
        List<String> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            if ((bits & 1L << i) != 0) {
                out.add(ids[i]);
            }
        }
        return out;
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
