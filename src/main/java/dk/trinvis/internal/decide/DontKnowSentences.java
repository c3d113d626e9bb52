package dk.trinvis.internal.decide;

import dk.trinvis.internal.plan.AskedFacts;
import dk.trinvis.internal.plan.AuthorityPlan;
import dk.trinvis.model.Decision;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What follows when the citizen answers "ved ikke" (don't know): a rule the answer leaves
 * undecided says so, and who assesses it with the citizen, instead of "cannot be decided without".
 * Made only for a request with such answers, so a request without them never comes here.
 */
final class DontKnowSentences {
    private DontKnowSentences() {
    }

    /**
     * The sentence for an undecided rule, or null when no fact the citizen does not know decides it.
     *
     * @param ask       the request
     * @param asked     the facts the rule's condition names
     * @param title     the rule's title in the answer's language
     * @param decidedBy who decides exemptions, when the rule set says so and the rule is a ground
     */
    static @Nullable String sentence(DecisionInput ask, AskedFacts asked, String title, @Nullable String decidedBy) {
        List<String> questions = new ArrayList<>();
        for (AskedFacts.Fact f : asked.deciding(ask.slots())) {
            if (ask.dontKnow().contains(f.id())) {
                Decision.MissingFact q = f.question(ask.words());
                String text = "\"" + (q.question() != null ? q.question() : q.id()) + "\"";
                if (!questions.contains(text)) {
                    questions.add(text);
                }
            }
        }
        if (questions.isEmpty()) {
            return null;
        }
        AuthorityPlan authority = ask.plan().authorityIn(ask.place());
        String who = authority == null ? null : authority.allUp(ask.words()).name();
        return ask.words().dontKnow(title, String.join(", ", questions), who, decidedBy);
    }

    /** The missing facts, those the citizen answered "don't know" flagged so. */
    static List<Decision.MissingFact> flag(List<Decision.MissingFact> missing, DecisionInput ask) {
        List<Decision.MissingFact> out = null;
        for (int i = 0; i < missing.size(); i++) {
            Decision.MissingFact m = missing.get(i);
            if (ask.dontKnow().contains(m.id())) {
                out = out == null ? new ArrayList<>(missing) : out;
                out.set(i, new Decision.MissingFact(m.id(), m.type(), m.question(), m.askedOf(), m.decides(), true));
            }
        }
        return out == null ? missing : List.copyOf(out);
    }
}
