package dk.trinvis.decide;

import dk.trinvis.expr.Expression;
import dk.trinvis.model.Decision;
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
        Decision.MissingFact[] found = null;
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            List<ServicePlan.GroundPlan> unknown = grounds.unknown();
            for (int i = 0; i < unknown.size(); i++) {
                ServicePlan.GroundPlan g = unknown.get(i);
                if (g.ground().effect().outranks(grounds.alternative())) {
                    found = add(found, ask, g.questions(), g.asking(), g.when());
                }
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            List<ServicePlan.AssistPlan> unknown = channel.unknown();
            for (int i = 0; i < unknown.size(); i++) {
                ServicePlan.AssistPlan a = unknown.get(i);
                found = add(found, ask, a.questions(), a.asking(), a.when());
            }
        }
        return found == null ? List.of() : collect(found);
    }

    /** Adds the facts that decide the unknown condition. */
    private static Decision.MissingFact[] add(Decision.MissingFact[] found, Ask ask, Questions questions,
                                              Asking asking, Expression when) {
        if (asking.only() != null) {
            return put(found, ask, questions, asking, asking.only());
        }
        List<String> names = new ArrayList<>(4);
        when.decisiveUnknowns(ask.slots(), names);
        for (int i = 0; i < names.size(); i++) {
            Asking.Fact fact = asking.fact(names.get(i));
            if (fact != null) {
                found = put(found, ask, questions, asking, fact);
            }
        }
        return found;
    }

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
        int n = 0;
        for (Decision.MissingFact f : found) {
            if (f != null) {
                out[n++] = f;
            }
        }
        return List.of(out);
    }
}
