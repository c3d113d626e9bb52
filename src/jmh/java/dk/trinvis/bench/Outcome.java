package dk.trinvis.bench;

import dk.trinvis.model.Decision;

/**
 * What every way of deciding must agree on: requirement, channel (null while unavailable) and
 * the strongest alternative, in the rule set's spelling.
 */
record Outcome(String requirement, String channel, String alternative) {
    static Outcome of(Decision d) {
        return new Outcome(d.requirement().value(), d.channel() == null ? null : d.channel().value(),
                d.alternative().value());
    }

    @Override
    public String toString() {
        return requirement + "/" + channel + "/" + alternative;
    }
}
