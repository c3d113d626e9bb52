package example.portal;

import dk.trinvis.RuleSet;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The address's context read and checked before the library sees it: municipality, service, life
 * event, moment, date. A value that cannot be used is a {@link BadParameter}: the citizen gets a
 * page in their language saying which and a way back, never a stack trace or an empty reply.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * A parameter the portal cannot use: the phrase that says so and its values, and where the
     * citizen can go on from (null: the front page).
     */
    static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;
        private final @Nullable String back;

        BadParameter(@Nullable String back, String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args.clone();
            this.back = back;
        }

        String sentence(Words w) {
            return w.get(key, args);
        }

        @Nullable String back() {
            return back;
        }
    }

    static Municipality municipality(RuleSet rules, Request r) {
        return known(rules.model().municipalities(), r, "municipality", "bad.municipality");
    }

    static Service service(RuleSet rules, Request r) {
        return known(rules.model().services(), r, "service", "bad.service");
    }

    static LifeEvent event(RuleSet rules, Request r) {
        return known(rules.model().lifeEvents(), r, "event", "bad.event");
    }

    /** What the parameter names in the rule set, or a bad parameter saying it is unknown. */
    private static <T> T known(Map<String, T> byId, Request r, String parameter, String phrase) {
        T found = byId.get(r.get(parameter));
        if (found == null) {
            throw new BadParameter(null, phrase, r.get(parameter));
        }
        return found;
    }

    /** The moment decided for, or null for now. */
    static @Nullable LocalDateTime at(Request r) {
        if (!r.query().containsKey("at")) {
            return null;
        }
        try {
            return LocalDateTime.parse(r.get("at"));
        } catch (DateTimeParseException e) {
            throw new BadParameter(null, "bad.at", r.get("at"));
        }
    }

    static LocalDate date(Request r) {
        try {
            return LocalDate.parse(r.get("date"));
        } catch (DateTimeParseException e) {
            throw new BadParameter(null, "bad.date", r.get("date"));
        }
    }

    /** A date from DKFDS's three fields, or null when they do not make one. */
    static @Nullable LocalDate date(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.strip());
            // Four digits: "24" is not taken to mean 2024.
            return y < 1900 || y > 2199 ? null
                    : LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
