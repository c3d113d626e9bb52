package dk.trinvis.internal.decide;

import dk.trinvis.model.Audience;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's missing facts as bits, prepared at load. When every fact a service's rules name is
 * named by one rule only, each fact's question (deciding that one rule) is fixed, so a decision
 * need only mark the facts' ranks in a {@code long} and read the questions out in rank order: no
 * array per decision to merge into, no sort. A decision where a rule that shares a fact with
 * another could still be decided takes {@link MissingFacts}' general path instead.
 */
final class RankedQuestions {
    /** Per ground, the rank bits of the facts it names; 0 where the ground shares a fact. */
    private final long[] groundRanks;
    private final long[] assistRanks;
    /** Per language (by {@link Say#index()}) and rank, the question. */
    private final Decision.MissingFact[][] questions;
    /** Per audience (by ordinal), the ranks of the facts it may be asked. */
    private final long[] askable;

    private RankedQuestions(long[] groundRanks, long[] assistRanks, Decision.MissingFact[][] questions,
                            long[] askable) {
        this.groundRanks = groundRanks;
        this.assistRanks = assistRanks;
        this.questions = questions;
        this.askable = askable;
    }

    /**
     * The service's questions as bits, or null when its rules name more than 64 facts or more than
     * 64 rules of a kind (then every decision takes the general path).
     */
    static RankedQuestions prepare(List<ServicePlan.GroundPlan> grounds, List<ServicePlan.AssistPlan> assists,
                                   int ranks, LanguageSet languages) {
        if (ranks > Long.SIZE || grounds.size() > Long.SIZE || assists.size() > Long.SIZE) {
            return null;
        }
        List<Asking> rules = new ArrayList<>();
        grounds.forEach(g -> rules.add(g.asking()));
        assists.forEach(a -> rules.add(a.asking()));
        int[] namedBy = new int[ranks];
        Decision.MissingFact[][] questions = new Decision.MissingFact[languages.size()][ranks];
        for (Asking rule : rules) {
            for (Asking.Fact f : rule.facts()) {
                namedBy[f.rank()]++;
                for (int l = 0; l < languages.size(); l++) {
                    questions[l][f.rank()] = f.questions()[l];
                }
            }
        }
        long[] askable = new long[Audience.values().length];
        for (Audience a : Audience.values()) {
            for (int r = 0; r < ranks; r++) {
                if (questions[0][r] != null && a.mayAsk(questions[0][r].askedOf())) {
                    askable[a.ordinal()] |= 1L << r;
                }
            }
        }
        long[] groundRanks = new long[grounds.size()];
        for (int i = 0; i < grounds.size(); i++) {
            groundRanks[i] = ranksIfOwn(grounds.get(i).asking(), namedBy);
        }
        long[] assistRanks = new long[assists.size()];
        for (int i = 0; i < assists.size(); i++) {
            assistRanks[i] = ranksIfOwn(assists.get(i).asking(), namedBy);
        }
        return new RankedQuestions(groundRanks, assistRanks, questions, askable);
    }

    /** The rank bits of the rule's facts, or 0 when one of them is named by another rule too. */
    private static long ranksIfOwn(Asking rule, int[] namedBy) {
        long bits = 0;
        for (Asking.Fact f : rule.facts()) {
            if (namedBy[f.rank()] > 1) {
                return 0;
            }
            bits |= 1L << f.rank();
        }
        return bits;
    }

    /**
     * The missing facts, or null when a rule that shares a fact is among those to ask about (the
     * general path then merges the rules each fact decides).
     */
    List<Decision.MissingFact> find(Ask ask, boolean required, boolean available, Grounds grounds,
                                    ChannelPhase channel) {
        long ranks = 0;
        if (required) {
            if (!grounds.unknownBeyond().isEmpty()) {
                return null;
            }
            List<ServicePlan.GroundPlan> plans = ask.plan().grounds();
            Effect alternative = grounds.alternative();
            for (long rest = grounds.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                ServicePlan.GroundPlan g = plans.get(i);
                if (!g.ground().effect().outranks(alternative)) {
                    continue;
                }
                long bits = groundRanks[i];
                if (bits == 0) {
                    return null;
                }
                ranks |= g.asking().only() != null ? bits : deciding(ask, g.asking());
            }
        }
        if (available) {
            if (!channel.unknownBeyond().isEmpty()) {
                return null;
            }
            List<ServicePlan.AssistPlan> rules = ask.plan().assistRules();
            for (long rest = channel.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                long bits = assistRanks[i];
                if (bits == 0) {
                    return null;
                }
                Asking asking = rules.get(i).asking();
                ranks |= asking.only() != null ? bits : deciding(ask, asking);
            }
        }
        return list(ranks & askable[ask.audience().ordinal()], questions[ask.say().index()]);
    }

    /** The ranks of the facts that decide a condition naming several. */
    private static long deciding(Ask ask, Asking asking) {
        List<Asking.Fact> deciding = asking.deciding(ask.slots());
        long bits = 0;
        for (int i = 0; i < deciding.size(); i++) {
            bits |= 1L << deciding.get(i).rank();
        }
        return bits;
    }

    private static List<Decision.MissingFact> list(long ranks, Decision.MissingFact[] byRank) {
        int count = Long.bitCount(ranks);
        if (count == 0) {
            return List.of();
        }
        int first = Long.numberOfTrailingZeros(ranks);
        if (count == 1) {
            return List.of(byRank[first]);
        }
        long rest = ranks & ranks - 1;
        if (count == 2) {
            return List.of(byRank[first], byRank[Long.numberOfTrailingZeros(rest)]);
        }
        Decision.MissingFact[] out = new Decision.MissingFact[count];
        out[0] = byRank[first];
        for (int n = 1; rest != 0; rest &= rest - 1) {
            out[n++] = byRank[Long.numberOfTrailingZeros(rest)];
        }
        return List.of(out);
    }
}
