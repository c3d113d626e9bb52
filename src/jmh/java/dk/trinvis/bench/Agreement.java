package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Effect;
import java.util.Map;
import java.util.TreeMap;

/**
 * The check that makes the comparison fair: every method gives every request the same
 * requirement, channel, alternative and matched grounds, and the Trinvis variants give the same
 * decision. Run at setup, before anything is measured.
 */
final class Agreement {
    private Agreement() {
    }

    /** Throws on the first disagreement; otherwise returns a summary of what the requests cover. */
    static String check(RuleSet rules, Input[] inputs, CamundaDecider naive, CamundaDecider feel,
                        CamundaDecider juel, CamundaDecider juelTwoTables) {
        Map<String, Integer> covered = new TreeMap<>();
        for (int i = 0; i < inputs.length; i++) {
            Input in = inputs[i];
            Outcome expected = HandCoded.decide(in).outcome();
            Decision full = rules.decide(in.request(true));
            same(i, in, "trinvisFull", expected, Outcome.of(full));
            same(i, in, "trinvisLean", expected, Outcome.of(rules.decide(in.request(false))));
            same(i, in, "camundaNaive", expected, naive.decide(in).outcome());
            same(i, in, "camundaFeel", expected, feel.decide(in).outcome());
            same(i, in, "camundaJuel", expected, juel.decide(in).outcome());
            same(i, in, "camundaJuelTwoTables", expected, juelTwoTables.decide(in).outcome());
            covered.merge(expected.requirement(), 1, Integer::sum);
            covered.merge("channel " + expected.channel(), 1, Integer::sum);
            covered.merge("alternative " + expected.alternative(), 1, Integer::sum);
            covered.merge("grounds matched " + expected.grounds().size(), 1, Integer::sum);
            if (full.grounds().stream().anyMatch(g -> g.effect() == Effect.MUST_OFFER)
                    && full.grounds().stream().anyMatch(g -> g.effect() == Effect.RIGHT_ON_REQUEST)) {
                covered.merge("must-offer and right-on-request both matched", 1, Integer::sum);
            }
        }
        return "All seven agree on all " + inputs.length + " requests (requirement, channel, alternative, matched"
                + " grounds); they cover " + covered;
    }

    private static void same(int i, Input in, String method, Outcome expected, Outcome actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("request " + i + " (" + in + "): handCoded says " + expected + ", "
                    + method + " says " + actual);
        }
    }
}
