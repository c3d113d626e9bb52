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
        Found found = new Found(ask);
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            ServicePlan.GroundPlan[] unknown = grounds.unknown();
            for (int i = 0; i < grounds.unknownCount(); i++) {
                ServicePlan.GroundPlan g = unknown[i];
                if (g.ground().effect().outranks(grounds.alternative())) {
                    found.add(g.questions(), g.asking(), g.when());
                }
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            ServicePlan.AssistPlan[] unknown = channel.unknown();
            for (int i = 0; i < channel.unknownCount(); i++) {
                ServicePlan.AssistPlan a = unknown[i];
                found.add(a.questions(), a.asking(), a.when());
            }
        }
        return found.list();
    }

    /** The facts found so far, each at its rank; the arrays are made when the first fact is. */
    private static final class Found {
        private final Ask ask;
        private Decision.MissingFact[] byRank;
        private int count;
        /** The deciding names of a condition naming several facts, reused from rule to rule. */
        private List<String> names;

        Found(Ask ask) {
            this.ask = ask;
        }

        /** Adds the facts that decide the unknown condition. */
        void add(Questions questions, Asking asking, Expression when) {
            if (asking.only() != null) {
                put(questions, asking, asking.only());
                return;
            }
            if (names == null) {
                names = new ArrayList<>(4);
            } else {
                names.clear();
            }
            when.decisiveUnknowns(ask.slots(), names);
            for (int i = 0; i < names.size(); i++) {
                Asking.Fact fact = asking.fact(names.get(i));
                if (fact != null) {
                    put(questions, asking, fact);
                }
            }
        }

        private void put(Questions questions, Asking asking, Asking.Fact fact) {
            Decision.MissingFact question = fact.question(ask.say());
            if (!ask.audience().mayAsk(question.askedOf())) {
                return;
            }
            if (byRank == null) {
                byRank = new Decision.MissingFact[asking.ranks()];
            }
            Decision.MissingFact before = byRank[fact.rank()];
            if (before == null) {
                byRank[fact.rank()] = question;
                count++;
            } else if (!before.decides().contains(questions.ruleId())) {
                List<String> rules = new ArrayList<>(before.decides());
                rules.add(questions.ruleId());
                byRank[fact.rank()] = new Decision.MissingFact(fact.id(), before.type(), before.question(),
                        before.askedOf(), rules);
            }
        }

        /** The facts found, in fact-id order, as the immutable list the decision keeps. */
        List<Decision.MissingFact> list() {
            if (count == 0) {
                return List.of();
            }
            if (count == byRank.length) {
                return List.of(byRank);
            }
            Decision.MissingFact[] out = new Decision.MissingFact[count];
            for (int r = 0, n = 0; n < count; r++) {
                if (byRank[r] != null) {
                    out[n++] = byRank[r];
                }
            }
            return count == 1 ? List.of(out[0]) : count == 2 ? List.of(out[0], out[1]) : List.of(out);
        }
    }
}
