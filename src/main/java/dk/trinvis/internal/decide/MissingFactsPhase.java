package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Slots;
import dk.trinvis.internal.plan.AskedFacts;
import dk.trinvis.internal.plan.GroundPlan;
import dk.trinvis.internal.plan.QuestionRanks;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Requirement;
import java.util.ArrayList;
import java.util.List;
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
    private MissingFactsPhase() {
    }

    static List<Decision.MissingFact> find(DecisionInput ask, Requirement requirement, GroundPhase grounds,
                                           ChannelPhase channel) {
        if (grounds.unknown() == 0 && grounds.unknownBeyond().isEmpty() && channel.unknown() == 0
                && channel.unknownBeyond().isEmpty()) {
            return List.of();
        }
        QuestionRanks questions = ask.plan().questionRanks();
        Marks marks = new Marks(ask.slots(), QuestionRanks.words(questions.ranks()));
        visit(ask, requirement, grounds, channel, marks);
        int count = 0;
        for (int w = 0; w < marks.words(); w++) {
            count += Long.bitCount(marks.word(w) & questions.askable(ask.audience(), w));
        }
        if (count == 0) {
            return List.of();
        }
        Decision.MissingFact[] out = new Decision.MissingFact[count];
        int n = 0;
        for (int w = 0; w < marks.words(); w++) {
            long word = marks.word(w) & questions.askable(ask.audience(), w);
            for (long rest = word; rest != 0; rest &= rest - 1) {
                int rank = (w << 6) + Long.numberOfTrailingZeros(rest);
                boolean shared = (questions.shared(w) & Long.lowestOneBit(rest)) != 0;
                out[n++] = shared ? merged(ask, requirement, grounds, channel, rank)
                        : questions.question(ask.words(), rank);
            }
        }
        // One or two facts fit the JDK's list of one or two, which copies no array.
        return count == 1 ? List.of(out[0]) : count == 2 ? List.of(out[0], out[1]) : List.of(out);
    }

    /** The question about a fact several of the service's rules name, deciding those that ask it now. */
    private static Decision.MissingFact merged(DecisionInput ask, Requirement requirement, GroundPhase grounds,
                                               ChannelPhase channel, int rank) {
        Merge merge = new Merge(ask, rank);
        visit(ask, requirement, grounds, channel, merge);
        return merge.question();
    }

    /**
     * Shows the visitor each rule to ask about, in the order the phases met them: the unknown
     * grounds whose effect would outrank the alternative (while self-service is required), then
     * the unknown assist rules (while the service is available).
     */
    private static void visit(DecisionInput ask, Requirement requirement, GroundPhase grounds, ChannelPhase channel,
                              RuleVisitor visitor) {
        QuestionRanks questions = ask.plan().questionRanks();
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            for (long rest = grounds.unknown(); rest != 0; rest &= rest - 1) {
                ground(ask, grounds, Long.numberOfTrailingZeros(rest), questions, visitor);
            }
            for (int i = 0; i < grounds.unknownBeyond().size(); i++) {
                ground(ask, grounds, grounds.unknownBeyond().get(i), questions, visitor);
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            for (long rest = channel.unknown(); rest != 0; rest &= rest - 1) {
                int i = Long.numberOfTrailingZeros(rest);
                visitor.rule(ask.plan().assistRules().get(i).asked(), questions.assist(i));
            }
            for (int k = 0; k < channel.unknownBeyond().size(); k++) {
                int i = channel.unknownBeyond().get(k);
                visitor.rule(ask.plan().assistRules().get(i).asked(), questions.assist(i));
            }
        }
    }

    private static void ground(DecisionInput ask, GroundPhase grounds, int i, QuestionRanks questions,
                               RuleVisitor visitor) {
        GroundPlan g = ask.plan().grounds().get(i);
        if (g.ground().effect().outranks(grounds.alternative())) {
            visitor.rule(g.asked(), questions.ground(i));
        }
    }

    /** What is done with each rule to ask about. */
    private interface RuleVisitor {
        /** @param bits the rank bits of every fact the rule names, word by word */
        void rule(AskedFacts asked, long[] bits);
    }

    /** The ranks of the facts that decide the rules: the first 64 in one long, the rest in further words. */
    private static final class Marks implements RuleVisitor {
        private final Slots slots;
        private long low;
        private final long @Nullable [] high;

        Marks(Slots slots, int words) {
            this.slots = slots;
            this.high = words > 1 ? new long[words - 1] : null;
        }

        @Override
        public void rule(AskedFacts asked, long[] bits) {
            if (asked.only() != null) {
                // One fact and nothing else: unknown only because of that fact.
                low |= bits[0];
                for (int w = 1; w < bits.length; w++) {
                    high[w - 1] |= bits[w];
                }
                return;
            }
            List<AskedFacts.Fact> deciding = asked.deciding(slots);
            for (int i = 0; i < deciding.size(); i++) {
                int rank = deciding.get(i).rank();
                if (rank < Long.SIZE) {
                    low |= 1L << rank;
                } else {
                    high[(rank >>> 6) - 1] |= 1L << rank;
                }
            }
        }

        int words() {
            return high == null ? 1 : high.length + 1;
        }

        long word(int w) {
            return w == 0 ? low : high[w - 1];
        }
    }

    /** The question about one rank, from every rule it decides. */
    private static final class Merge implements RuleVisitor {
        private final DecisionInput ask;
        private final int rank;
        private Decision.@Nullable MissingFact first;
        private @Nullable List<String> rules;

        Merge(DecisionInput ask, int rank) {
            this.ask = ask;
            this.rank = rank;
        }

        @Override
        public void rule(AskedFacts asked, long[] bits) {
            if ((bits[rank >>> 6] & 1L << rank) == 0) {
                return;
            }
            List<AskedFacts.Fact> facts = asked.only() != null ? List.of(asked.only()) : asked.deciding(ask.slots());
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i).rank() == rank) {
                    Decision.MissingFact question = facts.get(i).question(ask.words());
                    if (first == null) {
                        first = question;
                    } else {
                        rules = rules == null ? new ArrayList<>(first.decides()) : rules;
                        rules.addAll(question.decides());
                    }
                    return;
                }
            }
        }

        Decision.MissingFact question() {
            // A rule marked the rank, so a first question was met.
            Decision.MissingFact q = first;
            return rules == null ? q : new Decision.MissingFact(q.id(), q.type(), q.question(), q.askedOf(), rules);
        }
    }
}
