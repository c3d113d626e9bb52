package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.trinvis.internal.util.Json;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What one answer of a rule set was, for counting channel shift, without anything about the
 * citizen: no fact value, no identifier, no address, no free text, and the moment only to the
 * hour. Every field is a rule-set id, a fixed value from a short list, a count or the rule-set
 * hash, so the same answer for two different citizens gives the same event. One JSON line each
 * ({@link #toJson()}); the published JSON Schema is printed by {@code trinvis schema --events}.
 *
 * @param version      the event format's version, {@value #VERSION}
 * @param hour         the moment decided for, cut to the hour, with its Copenhagen offset
 * @param source       which call answered
 * @param service      service id
 * @param municipality municipality code
 * @param requirement  what the law or local policy requires
 * @param channel      the channel; null while the service is unavailable
 * @param alternative  the strongest alternative a matched ground gives
 * @param grounds      ids of the exemption grounds that matched
 * @param help         the help offers listed, most useful first, with their state at that hour;
 *                     null when the request asked for no explanation, so no help was looked up
 * @param interview    where the interview stood, for answers of an interview or a journey; else null
 * @param lang         the language of the answer
 * @param audience     who the answer was for
 * @param ruleSetHash  SHA-256 of the rule set that answered
 * @param release      the id of the rule-set release that answered (the receipt's), or null when
 *                     the rule set was not loaded from a release
 */
@NullMarked
@JsonPropertyOrder({"version", "hour", "source", "service", "municipality", "requirement", "channel", "alternative",
    "grounds", "help", "interview", "lang", "audience", "ruleSetHash", "release"})
public record DecisionEvent(int version, @JsonSerialize(using = ToStringSerializer.class) OffsetDateTime hour,
                            Source source, String service, String municipality, Requirement requirement,
                            @Nullable Channel channel, Effect alternative, List<String> grounds,
                            @Nullable List<HelpState> help, @Nullable InterviewStep interview, String lang,
                            Audience audience, String ruleSetHash, @Nullable String release) {
    /** The version of the event format this library writes. */
    public static final int VERSION = 1;

    /** Copies the lists so the record stays immutable, and checks the hour is whole. */
    public DecisionEvent {
        Objects.requireNonNull(hour, "hour");
        grounds = List.copyOf(grounds);
        help = help == null ? null : List.copyOf(help);
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("an event's time is a whole hour, not " + hour);
        }
    }

    /**
     * The event of a decision or a guide (whose decision it is).
     *
     * @param decision  the answer
     * @param source    which call answered
     * @param explained whether the request asked for the explanation, so the help list was looked up
     */
    public static DecisionEvent of(Decision decision, Source source, boolean explained) {
        return of(decision, source, explained, null);
    }

    /**
     * The event of an answer given in an interview or a journey.
     *
     * @param decision  the answer for one service
     * @param source    {@link Source#INTERVIEW} or {@link Source#JOURNEY}
     * @param explained whether the request asked for the explanation
     * @param step      where the interview stood
     */
    public static DecisionEvent of(Decision decision, Source source, boolean explained, @Nullable InterviewStep step) {
        Decision.Receipt receipt = decision.receipt();
        List<String> grounds = new ArrayList<>(decision.grounds().size());
        for (Decision.MatchedGround g : decision.grounds()) {
            grounds.add(g.id());
        }
        List<HelpState> help = null;
        if (explained) {
            help = new ArrayList<>(decision.help().size());
            for (Decision.Help h : decision.help()) {
                help.add(new HelpState(h.id(), h.type(), HelpState.State.of(h.openNow())));
            }
        }
        return new DecisionEvent(VERSION, receipt.at().truncatedTo(ChronoUnit.HOURS), source, decision.service(),
                decision.municipality(), decision.requirement(), decision.channel(), decision.alternative(), grounds,
                help, step, receipt.lang(), receipt.audience(), receipt.ruleSetHash(), receipt.release());
    }

    /** The event as one line of JSON, without a line end: what an events file holds per line. */
    public String toJson() {
        return Json.line(this);
    }

    /** Which call of the rule set gave the answer. */
    public enum Source {
        /** {@code RuleSet.decide}. */
        DECISION,
        /** {@code RuleSet.guide}. */
        GUIDE,
        /** {@code RuleSet.interview}: one page of an interview. */
        INTERVIEW,
        /** {@code RuleSet.journey}: one service of a life event. */
        JOURNEY;

        /** The JSON spelling, e.g. {@code guide}. */
        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A help offer as listed in the answer, by id only.
     *
     * @param id    offer id
     * @param type  how it reaches the citizen
     * @param state whether it was open at the moment decided for
     */
    public record HelpState(String id, HelpType type, State state) {
        /** Open, closed, or unknown because its hours are not known. */
        public enum State {
            /** Open by its hours. */
            OPEN,
            /** Closed by its hours. */
            CLOSED,
            /** Its hours are not known. */
            UNKNOWN;

            /** The JSON spelling. */
            @JsonValue
            public String value() {
                return name().toLowerCase(Locale.ROOT);
            }

            /** The state of a decision's {@code openNow}: true, false, or null when not known. */
            public static State of(@Nullable Boolean openNow) {
                return openNow == null ? UNKNOWN : openNow ? OPEN : CLOSED;
            }
        }
    }

    /**
     * Where an interview stood when it answered: how many answers it had, and the question it
     * asked next, by the fact's or the question group's id (never an answer).
     *
     * @param answers  how many facts the request gave, "don't know" answers included
     * @param question the fact or question group asked next, or null when the interview was done
     * @param done     whether no further question could change the answer
     */
    @JsonPropertyOrder({"answers", "question", "done"})
    public record InterviewStep(int answers, @Nullable String question, boolean done) {
        /** Checks the count. */
        public InterviewStep {
            if (answers < 0) {
                throw new IllegalArgumentException("answers must not be negative");
            }
        }

        /** Where the interview stands, given the facts of its request. */
        public static InterviewStep of(Interview interview, int answers) {
            Question next = interview.next();
            return new InterviewStep(answers, next == null ? null : next.fact() != null ? next.fact() : next.group(),
                    interview.done());
        }
    }
}
