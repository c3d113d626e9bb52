package dk.trinvis.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Requirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Phase 7 of a decision: the facts whose answers can still change it. A ground is asked about
 * only when its effect would outrank the alternative already matched, and only while digital
 * self-service is required (an optional service needs no exemption). Only facts the request's
 * audience can answer are asked; each says which rules it decides. The questions were prepared
 * at load ({@link Questions}); a fact deciding several rules is the only one built here.
 */
final class MissingFacts {
    private static final Comparator<Decision.MissingFact> BY_ID = Comparator.comparing(Decision.MissingFact::id);

    private MissingFacts() {
    }

    static List<Decision.MissingFact> find(Ask ask, Requirement requirement, Grounds grounds, ChannelPhase channel) {
        List<Decision.MissingFact> out = null;
        if (requirement == Requirement.MANDATORY_DIGITAL || requirement == Requirement.STEERED_DIGITAL) {
            List<ServicePlan.GroundPlan> unknown = grounds.unknown();
            for (int i = 0; i < unknown.size(); i++) {
                ServicePlan.GroundPlan g = unknown.get(i);
                if (g.ground().effect().outranks(grounds.alternative())) {
                    out = add(out, ask, g.questions(), g.questions().deciding(g.when(), ask.slots()));
                }
            }
        }
        if (requirement != Requirement.UNAVAILABLE) {
            List<ServicePlan.AssistPlan> unknown = channel.unknown();
            for (int i = 0; i < unknown.size(); i++) {
                ServicePlan.AssistPlan a = unknown.get(i);
                out = add(out, ask, a.questions(), a.questions().deciding(a.when(), ask.slots()));
            }
        }
        if (out == null) {
            return List.of();
        }
        if (out.size() > 1) {
            out.sort(BY_ID);
        }
        return out;
    }

    private static List<Decision.MissingFact> add(List<Decision.MissingFact> out, Ask ask, Questions questions,
                                                  List<String> facts) {
        for (int i = 0; i < facts.size(); i++) {
            String id = facts.get(i);
            Decision.MissingFact question = questions.about(id, ask.lang());
            if (!ask.audience().mayAsk(question.askedOf())) {
                continue;
            }
            out = out == null ? new ArrayList<>(4) : out;
            int known = indexOf(out, id);
            if (known < 0) {
                out.add(question);
            } else if (!out.get(known).decides().contains(questions.ruleId())) {
                Decision.MissingFact before = out.get(known);
                List<String> rules = new ArrayList<>(before.decides());
                rules.add(questions.ruleId());
                out.set(known, new Decision.MissingFact(id, before.type(), before.question(), before.askedOf(), rules));
            }
        }
        return out;
    }

    private static int indexOf(List<Decision.MissingFact> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
