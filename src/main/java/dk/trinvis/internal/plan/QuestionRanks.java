package dk.trinvis.internal.plan;

import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service's missing facts as rank bits, prepared at load. Every fact any rule names has a rank
 * in fact-id order ({@link AskedFacts}); a decision marks the ranks of the facts that could change
 * it and reads the questions out in rank order, so they come out sorted without a sort. A fact
 * named by one rule of the service has one question (deciding that rule), prepared here in every
 * language; only a fact several of its rules name is merged per decision, from the rules that ask it.
 * Ranks below 64 live in one {@code long}; beyond that in further words.
 */
public final class QuestionRanks {
    private final int ranks;
    /** Per ground, aligned with the service's grounds: the rank bits of the facts it names. */
    private final long[][] groundBits;
    private final long[][] assistBits;
    /** Per language (by {@link TraceWords#index()}) and rank: the question when one rule names the fact. */
    private final Decision.@Nullable MissingFact[][] questions;
    /** Per audience (by ordinal), the ranks of the facts it may be asked. */
    private final long[][] askable;
    /** The ranks of facts that several of the service's rules name. */
    private final long[] shared;

    /**
     * The ranks of a service's rules; a ground outside the service's area ({@code inArea} false) is
     * never asked about, so its facts neither get a question from it nor count as named twice.
     */
    QuestionRanks(List<GroundPlan> grounds, boolean[] inArea, List<AssistPlan> assists, int ranks,
                  Languages languages) {
        this.ranks = ranks;
        int words = words(ranks);
        int[] namedBy = new int[ranks];
        questions = new Decision.MissingFact[languages.size()][ranks];
        groundBits = new long[grounds.size()][];
        for (int i = 0; i < groundBits.length; i++) {
            groundBits[i] = inArea[i] ? bits(grounds.get(i).asked(), words, namedBy, languages)
                    : new long[words];
        }
        assistBits = new long[assists.size()][];
        for (int i = 0; i < assistBits.length; i++) {
            assistBits[i] = bits(assists.get(i).asked(), words, namedBy, languages);
        }
        shared = new long[words];
        askable = new long[Audience.values().length][words];
        for (int r = 0; r < ranks; r++) {
            if (namedBy[r] > 1) {
                shared[r >>> 6] |= 1L << r;
            }
            for (Audience a : Audience.values()) {
                if (questions[0][r] != null && a.mayAsk(questions[0][r].askedOf())) {
                    askable[a.ordinal()][r >>> 6] |= 1L << r;
                }
            }
        }
    }

    private long[] bits(AskedFacts rule, int words, int[] namedBy, Languages languages) {
        long[] bits = new long[words];
        for (AskedFacts.Fact f : rule.facts()) {
            namedBy[f.rank()]++;
            bits[f.rank() >>> 6] |= 1L << f.rank();
            for (int l = 0; l < languages.size(); l++) {
                questions[l][f.rank()] = f.questions()[l];
            }
        }
        return bits;
    }

    /** How many longs hold a bit per rank. */
    public static int words(int ranks) {
        return Math.max(1, (ranks + Long.SIZE - 1) / Long.SIZE);
    }

    /** How many ranks there are: the facts any rule of the rule set names. */
    public int ranks() {
        return ranks;
    }

    /** The rank bits of the facts the i-th ground names, word by word. */
    public long[] ground(int i) {
        return groundBits[i];
    }

    /** The rank bits of the facts the i-th assist rule names, word by word. */
    public long[] assist(int i) {
        return assistBits[i];
    }

    /** Word {@code w} of the ranks the audience may be asked. */
    public long askable(Audience audience, int w) {
        return askable[audience.ordinal()][w];
    }

    /** Word {@code w} of the ranks several of the service's rules name. */
    public long shared(int w) {
        return shared[w];
    }

    /** The question at the rank when one rule names its fact, in the language of the words. */
    public Decision.@Nullable MissingFact question(TraceWords words, int rank) {
        return questions[words.index()][rank];
    }
}
