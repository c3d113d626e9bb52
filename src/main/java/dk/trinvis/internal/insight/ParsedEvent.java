package dk.trinvis.internal.insight;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event line as the report needs it, parsed into a holder the reader reuses for every line
 * (no object per event but its strings). Enum values are their ordinals in the model's enums.
 */
final class ParsedEvent {
    /** No channel: the service was unavailable. */
    static final int NO_CHANNEL = -1;
    /** Help not looked up (a request without explanation). */
    static final int HELP_NOT_LOOKED_UP = -1;
    /** The best state of the help listed, most useful first. */
    static final int HELP_OPEN = 0;
    static final int HELP_UNKNOWN = 1;
    static final int HELP_CLOSED = 2;
    static final int HELP_NONE_LISTED = 3;

    int version;
    @Nullable String hour;
    int source;
    @Nullable String service;
    @Nullable String municipality;
    int requirement;
    int channel;
    int alternative;
    final List<String> grounds = new ArrayList<>();
    int help;
    boolean interview;
    int answers;
    @Nullable String question;
    boolean done;
    /** Which required fields were seen, one bit each. */
    int seen;

    void reset() {
        version = 0;
        hour = null;
        source = -1;
        service = null;
        municipality = null;
        requirement = -1;
        channel = NO_CHANNEL;
        alternative = -1;
        grounds.clear();
        help = HELP_NOT_LOOKED_UP;
        interview = false;
        answers = 0;
        question = null;
        done = false;
        seen = 0;
    }

    /** Whether it counts as a decision: any answer but an interview page that still asks a question. */
    boolean isDecision() {
        return !interview || done;
    }
}
