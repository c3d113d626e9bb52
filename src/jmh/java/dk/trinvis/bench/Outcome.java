package dk.trinvis.bench;

import dk.trinvis.model.Decision;
import java.util.List;
import java.util.TreeSet;

/**
 * What every way of deciding must agree on: requirement, channel (null while unavailable), the
 * strongest alternative, and the exemption grounds that matched, in the rule set's spelling. The
 * grounds are kept sorted and once each, so answers compare whatever order a method lists them in.
 * Made only when answers are compared, at setup: each method returns its own natural answer.
 */
record Outcome(String requirement, String channel, String alternative, List<String> grounds) {
    Outcome {
        grounds = List.copyOf(new TreeSet<>(grounds));
    }

    static Outcome of(Decision d) {
        return new Outcome(d.requirement().value(), d.channel() == null ? null : d.channel().value(),
                d.alternative().value(), d.grounds().stream().map(Decision.MatchedGround::id).toList());
    }

    @Override
    public String toString() {
        return requirement + "/" + channel + "/" + alternative + "/" + grounds;
    }
}
