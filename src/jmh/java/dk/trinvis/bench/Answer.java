package dk.trinvis.bench;

import java.util.List;

/**
 * A Camunda method's answer as its tables give it: the requirement, the channel (null while
 * unavailable), the strongest alternative and the ids of the ground rows that matched, in row
 * order (a ground written as two rows may appear twice).
 */
record Answer(String requirement, String channel, String alternative, List<Object> grounds) {
    Outcome outcome() {
        return new Outcome(requirement, channel, alternative, grounds.stream().map(String.class::cast).toList());
    }
}
