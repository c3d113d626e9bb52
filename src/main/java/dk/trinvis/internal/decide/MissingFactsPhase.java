package dk.trinvis.internal.decide;

import dk.trinvis.internal.plan.AskedFacts;
import dk.trinvis.internal.plan.QuestionRanks;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Phase 7 of a decision: the facts whose answers can still change it. A ground is asked about
 * only when its effect would outrank the alternative already matched, and only while digital
 * self-service is required (an optional service needs no exemption); an assist rule only while
 * the service is available. Only facts the request's audience can answer are asked; each says
 * which rules it decides.
 *
 * <p>The facts are marked by rank ({@link QuestionRanks}) and read out in rank order, which is
 * fact-id order. A fact one rule of the service names has its question prepared; a fact several
 * name lists the rules that ask it in this decision, in the order the phases met them.
 */
final class MissingFactsPhase {
    /** The words above the first when every rank fits in one: none, and no allocation. */
    private static final long[] NO_HIGH_WORDS = new long[0];
    private static final Merge[] NO_MERGES = new Merge[0];

    private MissingFactsPhase() {
    }

    static List<Decision.MissingFact> find(DecisionInput ask, Requirement requirement, GroundPhase grounds,
                                           ChannelPhase channel) {
        if (grounds.unknown() == 0 && grounds.unknownBeyond().isEmpty() && channel.unknown() == 0
                && channel.unknownBeyond().isEmpty()) {
            return List.of();
        }
        QuestionRanks questions = ask.plan().questionRanks();
        int words = QuestionRanks.words(questions.ranks());
        // Ranks beyond the 64th are rare: only then is there an array to mark them in.
        long[] high = words > 1 ? new long[words - 1] : NO_HIGH_WORDS;
        long low = mark(ask, requirement, grounds, channel, high);
        int count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(word(low, high, w) & questions.askable(ask.audience(), w));
        }
        if (count == 0) {
            return List.of();
        }
        int sharedCount = 0;
        for (int w = 0; w < words; w++) {
            sharedCount += Long.bitCount(word(low, high, w) & questions.askable(ask.audience(), w) & questions.shared(w));
        }
        // The facts several rules name, merged in one pass over the rules: each evaluated once.
        Merge[] merged = sharedCount == 0 ? NO_MERGES : merged(ask, requirement, grounds, channel, low, high, sharedCount);
        Decision.MissingFact[] out = new Decision.MissingFact[count];
        int n = 0;
        int m = 0;
        for (int w = 0; w < words; w++) {
            for (long rest = word(low, high, w) & questions.askable(ask.audience(), w); rest != 0; rest &= rest - 1) {
                int rank = (w << 6) + Long.numberOfTrailingZeros(rest);
                boolean shared = (questions.shared(w) & Long.lowestOneBit(rest)) != 0;
                out[n++] = shared ? merged[m++].question() : questions.question(ask.words(), rank);
            }
        }
        // One or two facts fit the JDK's list of one or two, which copies no array.
        return count == 1 ? List.of(out[0]) : count == 2 ? List.of(out[0], out[1]) : List.of(out);
    }

    private static long word(long low, long[] high, int w) {
        return w == 0 ? low : high[w - 1];
    }

    /**
     * Marks the ranks of the facts that decide each rule to ask about: the unknown grounds whose
     * effect would outrank the alternative (while self-service is required), then the unknown
     * assist rules (while the service is available). Returns the first 64 ranks; the rest go in
     * {@code high}.
     */
    private static long mark(DecisionInput ask, Requirement requirement, GroundPhase grounds, ChannelPhase channel,
                             long[] high) {
        QuestionRanks questions = ask.plan().questionRanks();
        long low = 0;
        if (required(requirement)) {
            for (long rest = grounds.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                if (asked(ask, grounds, i)) {
                    low |= mark(ask, ask.plan().grounds().get(i).asked(), questions.ground(i), high);
                }
            }
            for (int k = 0; k < grounds.unknownBeyond().size(); k++) {
                int i = grounds.unknownBeyond().get(k);
                if (asked(ask, grounds, i)) {
                    low |= mark(ask, ask.plan().grounds().get(i).asked(), questions.ground(i), high);
                }
            }
        }
        if (available(requirement)) {
            for (long rest = channel.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                low |= mark(ask, ask.plan().assistRules().get(i).asked(), questions.assist(i), high);
            }
            for (int k = 0; k < channel.unknownBeyond().size(); k++) {
                int i = channel.unknownBeyond().get(k);
                low |= mark(ask, ask.plan().assistRules().get(i).asked(), questions.assist(i), high);
            }
        }
        return low;
    }

    /** Marks the ranks of the facts that decide one rule; returns those below 64. */
    private static long mark(DecisionInput ask, AskedFacts asked, long[] bits, long[] high) {
        if (asked.only() != null) {
            // One fact and nothing else: unknown only because of that fact.
            for (int w = 1; w < bits.length; w++) {
                high[w - 1] |= bits[w];
            }
            return bits[0];
        }
        long low = 0;
        if (asked.fitsBits()) {
            // The deciding facts as bits of the rule's own facts: no list per rule and request.
            AskedFacts.Fact[] facts = asked.facts();
            for (long rest = asked.decidingBits(ask.slots()); rest != 0; rest &= rest - 1) {
                low |= markRank(facts[Long.numberOfTrailingZeros(rest)].rank(), high);
            }
            return low;
        }
        List<AskedFacts.Fact> deciding = asked.deciding(ask.slots());
        for (int i = 0; i < deciding.size(); i++) {
            low |= markRank(deciding.get(i).rank(), high);
        }
        return low;
    }

    /** Marks one rank: returns its bit when below 64, else sets it in {@code high} and returns 0. */
    private static long markRank(int rank, long[] high) {
        if (rank < Long.SIZE) {
            return 1L << rank;
        }
        high[(rank >>> 6) - 1] |= 1L << rank;
        return 0;
    }

    private static boolean required(Requirement requirement) {
        return requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL;
    }

    private static boolean available(Requirement requirement) {
        return requirement != Requirement.UNAVAILABLE;
    }

    /** Whether the i-th ground, undecided, is asked about: only when it would outrank the alternative. */
    private static boolean asked(DecisionInput ask, GroundPhase grounds, int i) {
        return ask.plan().grounds().get(i).ground().effect().outranks(grounds.alternative());
    }

    /**
     * The questions about the facts several of the service's rules name, in rank order, each
     * deciding the rules that ask it now, in the order {@link #mark} meets them: the unknown grounds
     * (while self-service is required), then the unknown assist rules (while the service is available).
     */
    private static Merge[] merged(DecisionInput ask, Requirement requirement, GroundPhase grounds,
                                  ChannelPhase channel, long low, long[] high, int sharedCount) {
        QuestionRanks questions = ask.plan().questionRanks();
        Merge[] merges = new Merge[sharedCount];
        int n = 0;
        for (int w = 0; n < sharedCount; w++) {
            for (long rest = word(low, high, w) & questions.askable(ask.audience(), w) & questions.shared(w); rest != 0;
                 rest &= rest - 1) {
                merges[n++] = new Merge((w << 6) + Long.numberOfTrailingZeros(rest));
            }
        }
        if (required(requirement)) {
            for (long rest = grounds.unknown(); rest != 0; rest &= rest - 1) {
                ground(ask, grounds, Long.numberOfTrailingZeros(rest), merges);
            }
            for (int k = 0; k < grounds.unknownBeyond().size(); k++) {
                ground(ask, grounds, grounds.unknownBeyond().get(k), merges);
            }
        }
        if (available(requirement)) {
            for (long rest = channel.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                rule(ask, ask.plan().assistRules().get(i).asked(), questions.assist(i), merges);
            }
            for (int k = 0; k < channel.unknownBeyond().size(); k++) {
                int i = channel.unknownBeyond().get(k);
                rule(ask, ask.plan().assistRules().get(i).asked(), questions.assist(i), merges);
            }
        }
        return merges;
    }

    private static void ground(DecisionInput ask, GroundPhase grounds, int i, Merge[] merges) {
        if (asked(ask, grounds, i)) {
            rule(ask, ask.plan().grounds().get(i).asked(), ask.plan().questionRanks().ground(i), merges);
        }
    }

    /** Adds the rule's question to each merged fact that decides it in this decision. */
    private static void rule(DecisionInput ask, AskedFacts asked, long[] ruleRanks, Merge[] merges) {
        // Only a rule naming one of the facts can ask it: its prepared bits tell without evaluating anything.
        long deciding = 0;
        boolean evaluated = false;
        for (Merge merge : merges) {
            int rank = merge.rank;
            if ((ruleRanks[rank >>> 6] & 1L << rank) == 0) {
                continue;
            }
            AskedFacts.Fact fact;
            if (asked.only() != null || !asked.fitsBits()) {
                fact = deciding(ask, asked, rank);
            } else {
                if (!evaluated) {
                    deciding = asked.decidingBits(ask.slots());
                    evaluated = true;
                }
                fact = deciding(asked.facts(), deciding, rank);
            }
            if (fact != null) {
                merge.add(fact.question(ask.words()));
            }
        }
    }

    /** The fact of the rank when its bit is among the deciding bits, else null. */
    private static AskedFacts.@Nullable Fact deciding(AskedFacts.Fact[] facts, long deciding, int rank) {
        for (int k = 0; k < facts.length; k++) {
            if (facts[k].rank() == rank) {
                return (deciding & 1L << k) != 0 ? facts[k] : null;
            }
        }
        return null;
    }

    /** The question about one fact, gathered from the rules that ask it now. */
    private static final class Merge {
        private final int rank;
        private Decision.@Nullable MissingFact first;
        private @Nullable List<String> decides;

        Merge(int rank) {
            this.rank = rank;
        }

        void add(Decision.MissingFact question) {
            if (first == null) {
                first = question;
            } else {
                if (decides == null) {
                    // A fact many rules name (a right every service has) is asked for each: room for several.
                    decides = new ArrayList<>(Math.max(8, first.decides().size() * 4));
                    decides.addAll(first.decides());
                }
                decides.addAll(question.decides());
            }
        }

        Decision.MissingFact question() {
            // A rule marked the rank, so a first question was met.
            Decision.MissingFact q = Objects.requireNonNull(first, "a marked rank has a question");
            return decides == null ? q : new Decision.MissingFact(q.id(), q.type(), q.question(), q.askedOf(), decides);
        }
    }

    /** The fact of the rank when it decides the rule in this decision, else null (a one-fact rule, or one of over 64). */
    private static AskedFacts.@Nullable Fact deciding(DecisionInput ask, AskedFacts asked, int rank) {
        if (asked.only() != null) {
            return asked.only().rank() == rank ? asked.only() : null;
        }
        List<AskedFacts.Fact> deciding = asked.deciding(ask.slots());
        for (int i = 0; i < deciding.size(); i++) {
            if (deciding.get(i).rank() == rank) {
                return deciding.get(i);
            }
        }
        return null;
    }
}
