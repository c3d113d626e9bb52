package dk.trinvis.internal.replay;

import dk.trinvis.model.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The part of a decision a replay compares: what the citizen is told to do and why, not the
 * wording of the trace (which names files and lines that move with every edit).
 *
 * @param requirement  the requirement's JSON value
 * @param until        the end of an outage, as the JSON writes it, or null
 * @param channel      the channel's JSON value, or null
 * @param alternative  the alternative's JSON value
 * @param grounds      ids of the matched grounds, in order
 * @param authority    id of the responsible authority, or null
 * @param help         ids of the help offers in order, or null when the decision was made without
 *                     explanation (and so without a help list)
 * @param missingFacts ids of the facts still missing, in order
 */
@NullMarked
public record Answer(@Nullable String requirement, @Nullable String until, @Nullable String channel,
                     @Nullable String alternative, List<String> grounds, @Nullable String authority,
                     @Nullable List<String> help, List<String> missingFacts) {

    /** Copies the lists so the record stays immutable. */
    public Answer {
        grounds = List.copyOf(grounds);
        help = help == null ? null : List.copyOf(help);
        missingFacts = List.copyOf(missingFacts);
    }

    /** The answer of a decision; its help list only when {@code withHelp}. */
    public static Answer of(Decision d, boolean withHelp) {
        List<String> grounds = new ArrayList<>(d.grounds().size());
        d.grounds().forEach(g -> grounds.add(g.id()));
        List<String> missing = new ArrayList<>(d.missingFacts().size());
        d.missingFacts().forEach(f -> missing.add(f.id()));
        List<String> help = null;
        if (withHelp) {
            help = new ArrayList<>(d.help().size());
            for (Decision.Help h : d.help()) {
                help.add(h.id());
            }
        }
        return new Answer(d.requirement().value(), d.until() == null ? null : d.until().toString(),
                d.channel() == null ? null : d.channel().value(), d.alternative().value(), grounds,
                d.authority() == null ? null : d.authority().id(), help, missing);
    }

    /** What differs from the answer given now, field by field; empty when they agree. */
    public List<Change> changes(Answer now) {
        List<Change> out = new ArrayList<>(2);
        change(out, "requirement", requirement, now.requirement);
        change(out, "until", until, now.until);
        change(out, "channel", channel, now.channel);
        change(out, "alternative", alternative, now.alternative);
        change(out, "grounds", grounds, now.grounds);
        change(out, "authority", authority, now.authority);
        if (help != null && now.help != null) {
            change(out, "help", help, now.help);
        }
        change(out, "missingFacts", missingFacts, now.missingFacts);
        return out;
    }

    private static void change(List<Change> out, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(field, before, after));
        }
    }

    /**
     * One field that differs.
     *
     * @param field  the field's JSON name
     * @param before the archived (or old) value
     * @param after  the value now
     */
    public record Change(String field, @Nullable Object before, @Nullable Object after) {
    }
}
