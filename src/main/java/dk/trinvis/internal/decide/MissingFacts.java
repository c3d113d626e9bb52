package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Requirement;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 7 of a decision: the facts whose answers can still change it. A ground is asked about
 * only when its effect would outrank the alternative already matched, and only while digital
 * self-service is required (an optional service needs no exemption). Only facts the request's
 * audience can answer are asked; each says which rules it decides. The questions were prepared
 * at load ({@link Questions}); a fact deciding several rules is the only one built here. Each
 * fact has its place in fact-id order ({@link Asking}), so the list comes out sorted by id.
 */
final class MissingFacts {
    private MissingFacts() {
    }

    static List<Decision.MissingFact> find(Ask ask, Requirement requirement, Grounds grounds, ChannelPhase channel) {
        boolean required = requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL;
        boolean available = requirement != Requirement.UNAVAILABLE;
        RankedQuestions ranked = ask.plan().ranked();
        List<Decision.MissingFact> quick = ranked == null ? null : ranked.find(ask, required, available, grounds, channel);
        return quick != null ? quick : merged(ask, required, available, grounds, channel);
    }

    /** The general path: each fact's question built up from every rule it decides. */
    static List<Decision.MissingFact> merged(Ask ask, boolean required, boolean available, Grounds grounds,
                                             ChannelPhase channel) {
        Decision.MissingFact[] found = null;
        if (required) {
            List<ServicePlan.GroundPlan> plans = ask.plan().grounds();
            for (long rest = grounds.unknown(); rest != 0; rest &= rest - 1) {
                found = ground(found, ask, plans.get(Long.numberOfTrailingZeros(rest)), grounds.alternative());
            }
            for (int i = 0; i < grounds.unknownBeyond().size(); i++) {
                found = ground(found, ask, grounds.unknownBeyond().get(i), grounds.alternative());
            }
        }
        if (available) {
            List<ServicePlan.AssistPlan> rules = ask.plan().assistRules();
            for (long rest = channel.unknown(); rest != 0; rest &= rest - 1) {
                found = assist(found, ask, rules.get(Long.numberOfTrailingZeros(rest)));
            }
            for (int i = 0; i < channel.unknownBeyond().size(); i++) {
                found = assist(found, ask, channel.unknownBeyond().get(i));
            }
        }
        return found == null ? List.of() : collect(found);
    }

    /** Asks about an unknown ground only when it would outrank the alternative matched. */
    private static Decision.MissingFact[] ground(Decision.MissingFact[] found, Ask ask, ServicePlan.GroundPlan g,
                                                 Effect alternative) {
        return g.ground().effect().outranks(alternative) ? add(found, ask, g.questions(), g.asking()) : found;
    }

    private static Decision.MissingFact[] assist(Decision.MissingFact[] found, Ask ask, ServicePlan.AssistPlan a) {
        return add(found, ask, a.questions(), a.asking());
    }

    /** Adds the facts that decide the unknown condition. */
    private static Decision.MissingFact[] add(Decision.MissingFact[] found, Ask ask, Questions questions,
                                              Asking asking) {
        List<Asking.Fact> deciding = asking.deciding(ask.slots());
        for (int i = 0; i < deciding.size(); i++) {
            found = put(found, ask, questions, asking, deciding.get(i));
        }
        return found;
    }

    /** Puts the question at the fact's rank; the array is made with the first question. */
    private static Decision.MissingFact[] put(Decision.MissingFact[] found, Ask ask, Questions questions,
                                              Asking asking, Asking.Fact fact) {
        Decision.MissingFact question = fact.question(ask.say());
        if (!ask.audience().mayAsk(question.askedOf())) {
            return found;
        }
        found = found == null ? new Decision.MissingFact[asking.ranks()] : found;
        Decision.MissingFact before = found[fact.rank()];
        if (before == null) {
            found[fact.rank()] = question;
        } else if (!before.decides().contains(questions.ruleId())) {
            List<String> rules = new ArrayList<>(before.decides());
            rules.add(questions.ruleId());
            found[fact.rank()] = new Decision.MissingFact(fact.id(), before.type(), before.question(),
                    before.askedOf(), rules);
        }
        return found;
    }

    /** The facts found, in fact-id order, as the immutable list the decision keeps. */
    private static List<Decision.MissingFact> collect(Decision.MissingFact[] found) {
        int count = 0;
        for (Decision.MissingFact f : found) {
            count += f == null ? 0 : 1;
        }
        if (count == found.length) {
            return List.of(found);
        }
        Decision.MissingFact[] out = new Decision.MissingFact[count];
        for (int r = 0, n = 0; n < count; r++) {
            if (found[r] != null) {
                out[n++] = found[r];
            }
        }
        // One or two facts fit the JDK's list of one or two, which copies no array.
        return count == 1 ? List.of(out[0]) : count == 2 ? List.of(out[0], out[1]) : List.of(out);
    }
}
