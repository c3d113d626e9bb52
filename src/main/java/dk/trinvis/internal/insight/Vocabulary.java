package dk.trinvis.internal.insight;

import dk.trinvis.model.Channel;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Requirement;
import java.util.Arrays;

/** The JSON spellings of the event's enum fields, in the model's order, so a value is an index. */
final class Vocabulary {
    static final String[] SOURCES = Arrays.stream(DecisionEvent.Source.values()).map(DecisionEvent.Source::value).toArray(String[]::new);
    static final String[] REQUIREMENTS = Arrays.stream(Requirement.values()).map(Requirement::value).toArray(String[]::new);
    static final String[] CHANNELS = Arrays.stream(Channel.values()).map(Channel::value).toArray(String[]::new);
    static final String[] EFFECTS = Arrays.stream(Effect.values()).map(Effect::value).toArray(String[]::new);
    /** The index of the self-service channel. */
    static final int SELF_SERVICE = Channel.SELF_SERVICE.ordinal();
    /** The index of the interview source, whose pages the interview tables count. */
    static final int INTERVIEW = DecisionEvent.Source.INTERVIEW.ordinal();

    private Vocabulary() {
    }

    /** The index of the value among the spellings; a {@link EventParser.BadLine} naming the field when it is none. */
    static int index(String[] values, String value, String field) throws EventParser.BadLine {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        throw new EventParser.BadLine(field + " is not one of " + String.join(", ", values));
    }

    /** Whether the channel sends the citizen to help: digital with help, or a non-digital alternative. */
    static boolean sendsToHelp(int channel) {
        return channel == Channel.ASSISTED.ordinal() || channel == Channel.ALTERNATIVE.ordinal();
    }
}
