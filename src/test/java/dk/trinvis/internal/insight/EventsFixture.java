package dk.trinvis.internal.insight;

import dk.trinvis.model.Audience;
import dk.trinvis.model.Channel;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.Effect;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Requirement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Events drawn with a fixed seed, the way a portal's month might look: a big, a middling and a
 * small municipality, services, hours of the week, channels, grounds, help states and interview
 * pages, so that many cells fall under ten and many above.
 */
public final class EventsFixture {
    static final String[] MUNICIPALITIES = {"0101", "0101", "0101", "0167", "0167", "0860"};
    static final String[] SERVICES = {"flytning", "flytning", "laegevalg", "boligstoette"};
    static final String[] GROUNDS = {"kognitiv", "sprog", "fysisk", "digital-post-fritaget"};
    static final String HASH = "a".repeat(64);

    private EventsFixture() {
    }

    public static List<DecisionEvent> random(long seed, int n) {
        Random r = new Random(seed);
        List<DecisionEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDateTime local = LocalDateTime.of(2024, 1 + r.nextInt(4), 1 + r.nextInt(28), r.nextInt(24), 0);
            OffsetDateTime hour = local.atZone(ZoneId.of("Europe/Copenhagen")).toOffsetDateTime();
            String municipality = r.nextInt(150) == 0 ? "0390" : MUNICIPALITIES[r.nextInt(MUNICIPALITIES.length)];
            String service = SERVICES[r.nextInt(SERVICES.length)];
            int c = r.nextInt(10);
            Channel channel = c < 6 ? Channel.SELF_SERVICE : c < 8 ? Channel.ASSISTED : c < 9 ? Channel.ALTERNATIVE : null;
            Effect alternative = Effect.NONE;
            List<String> grounds = new ArrayList<>();
            if (channel == Channel.ALTERNATIVE) {
                alternative = r.nextBoolean() ? Effect.MUST_OFFER : r.nextBoolean() ? Effect.MAY_ACCEPT : Effect.RIGHT_ON_REQUEST;
                grounds.add(GROUNDS[r.nextInt(GROUNDS.length)]);
                if (r.nextInt(4) == 0) {
                    String second = GROUNDS[r.nextInt(GROUNDS.length)];
                    if (!grounds.contains(second)) {
                        grounds.add(second);
                    }
                }
            }
            List<DecisionEvent.HelpState> help = null;
            if (r.nextInt(8) > 0) {
                help = new ArrayList<>();
                int offers = r.nextInt(3);
                for (int k = 0; k < offers; k++) {
                    help.add(new DecisionEvent.HelpState("offer-" + k, HelpType.PHONE,
                            DecisionEvent.HelpState.State.values()[r.nextInt(3)]));
                }
            }
            DecisionEvent.Source source = DecisionEvent.Source.values()[r.nextInt(4)];
            DecisionEvent.InterviewStep step = null;
            if (source == DecisionEvent.Source.INTERVIEW || source == DecisionEvent.Source.JOURNEY) {
                int answers = r.nextInt(4);
                boolean done = r.nextInt(3) == 0;
                step = new DecisionEvent.InterviewStep(answers, done ? null : "fact" + r.nextInt(3), done);
            }
            Requirement requirement = channel == null ? Requirement.UNAVAILABLE : Requirement.MANDATORY_DIGITAL;
            out.add(new DecisionEvent(1, hour, source, service, municipality, requirement, channel, alternative, grounds, help,
                    step, "da", Audience.CITIZEN, HASH, null));
        }
        return out;
    }
}
