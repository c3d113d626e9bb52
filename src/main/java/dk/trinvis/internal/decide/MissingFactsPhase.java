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
        Decision.MissingFact[] out = new Decision.MissingFact[count];
        int n = 0;
        for (int w = 0; w < words; w++) {
            for (long rest = word(low, high, w) & questions.askable(ask.audience(), w); rest != 0; rest &= rest - 1) {
                int rank = (w << 6) + Long.numberOfTrailingZeros(rest);
                boolean shared = (questions.shared(w) & Long.lowestOneBit(rest)) != 0;
                out[n++] = shared ? merged(ask, requirement, grounds, channel, rank)
                        : questions.question(ask.words(), rank);
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
        List<AskedFacts.Fact> deciding = asked.deciding(ask.slots());
        for (int i = 0; i < deciding.size(); i++) {
            int rank = deciding.get(i).rank();
            if (rank < Long.SIZE) {
                low |= 1L << rank;
            } else {
                high[(rank >>> 6) - 1] |= 1L << rank;
            }
        }
        return low;
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
     * The question about a fact several of the service's rules name, deciding those that ask it
     * now, in the order {@link #mark} meets them. Rare, so it may allocate.
     */
    private static Decision.MissingFact merged(DecisionInput ask, Requirement requirement, GroundPhase grounds,
                                               ChannelPhase channel, int rank) {
        List<AskedFacts> rules = new ArrayList<>();
        if (required(requirement)) {
            for (int i : indexes(grounds.unknown(), grounds.unknownBeyond())) {
                if (asked(ask, grounds, i)) {
                    rules.add(ask.plan().grounds().get(i).asked());
                }
            }
        }
        if (available(requirement)) {
            for (int i : indexes(channel.unknown(), channel.unknownBeyond())) {
                rules.add(ask.plan().assistRules().get(i).asked());
            }
        }
        Decision.MissingFact first = null;
        List<String> decides = null;
        for (AskedFacts asked : rules) {
            AskedFacts.Fact fact = deciding(ask, asked, rank);
            if (fact == null) {
                continue;
            }
            Decision.MissingFact question = fact.question(ask.words());
            if (first == null) {
                first = question;
            } else {
                decides = decides == null ? new ArrayList<>(first.decides()) : decides;
                decides.addAll(question.decides());
            }
        }
        // A rule marked the rank, so a first question was met.
        Decision.MissingFact q = Objects.requireNonNull(first, "a marked rank has a question");
        return decides == null ? q : new Decision.MissingFact(q.id(), q.type(), q.question(), q.askedOf(), decides);
    }

    /** The fact of the rank when it decides the rule in this decision, else null. */
    private static AskedFacts.@Nullable Fact deciding(DecisionInput ask, AskedFacts asked, int rank) {
        List<AskedFacts.Fact> facts = asked.only() != null ? List.of(asked.only()) : asked.deciding(ask.slots());
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).rank() == rank) {
                return facts.get(i);
            }
        }
        return null;
    }

    /** The indexes of the bits, then those beyond the 64th. */
    private static List<Integer> indexes(long bits, List<Integer> beyond) {
        List<Integer> out = new ArrayList<>();
        for (long rest = bits; rest != 0; rest &= rest - 1) {
            out.add(Long.numberOfTrailingZeros(rest));
        }
        out.addAll(beyond);
        return out;
    }
}
