package dk.trinvis.model;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A rule-set test ({@code kind: Test}): a request and what the decision and guide must show.
 *
 * @param name     what the test shows, as a sentence
 * @param given    the request
 * @param expect   the expectations; fields left null are not checked
 * @param tags     labels to select tests by ({@code trinvis test --only}), its file's defaults' first
 * @param location where it is declared
 */
@NullMarked
public record TestCase(String name, Given given, Expect expect, List<String> tags, Location location) {
    /** Copies the list so the record stays immutable. */
    public TestCase {
        tags = List.copyOf(tags);
    }

    /** Whether the test has this tag or this name (case-insensitive). */
    public boolean selectedBy(String nameOrTag) {
        return tags.contains(nameOrTag) || name.equalsIgnoreCase(nameOrTag.trim());
    }

    /**
     * The request of a test.
     *
     * @param service      service id; null only when neither the test nor its file's defaults give one
     * @param municipality municipality code; null likewise
     * @param at           Copenhagen local moment; null likewise
     * @param facts        citizen facts, typed as Boolean, Long, String or LocalDate
     * @param language     the language of the answer
     */
    public record Given(String service, String municipality, LocalDateTime at, Map<String, Object> facts,
                        Language language) {
        /** Copies the map so the record stays immutable, keeping the written order. */
        public Given {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    /**
     * A help offer that must be in the decision's help list.
     *
     * @param id      the offer id
     * @param openNow whether it must be open (null: not checked)
     * @param hours   the hours it must report: {@code unknown} or the opening_hours text (null: not checked)
     */
    public record HelpExpectation(String id, @Nullable Boolean openNow, @Nullable String hours) {
    }

    /**
     * What must hold; a null field is not checked.
     *
     * @param requirement  expected requirement
     * @param channel      expected channel
     * @param alternative  expected alternative
     * @param until        expected end of an outage
     * @param grounds      exactly the matched grounds
     * @param missingFacts exactly the missing facts
     * @param help         offers that must be in the help list
     * @param helpAbsent   offers that must not be in it
     * @param stepsShown   guide steps that must be shown
     * @param stepsHidden  guide steps that must not be shown
     * @param stepsOrder   guide steps that must be shown in this order (others may come between)
     * @param textContains snippets the guide must contain: its texts, or the rendered guide with its
     *                     decision sentence and help (whitespace runs count as one space)
     * @param textAbsent   snippets none of those may contain
     */
    public record Expect(@Nullable String requirement, @Nullable String channel, @Nullable String alternative,
                         @Nullable LocalDateTime until, @Nullable List<String> grounds,
                         @Nullable List<String> missingFacts, @Nullable List<HelpExpectation> help,
                         @Nullable List<String> helpAbsent, @Nullable List<String> stepsShown,
                         @Nullable List<String> stepsHidden, @Nullable List<String> stepsOrder,
                         @Nullable List<String> textContains, @Nullable List<String> textAbsent) {
        /** Copies the lists so the record stays immutable. */
        public Expect {
            grounds = copy(grounds);
            missingFacts = copy(missingFacts);
            help = copy(help);
            helpAbsent = copy(helpAbsent);
            stepsShown = copy(stepsShown);
            stepsHidden = copy(stepsHidden);
            stepsOrder = copy(stepsOrder);
            textContains = copy(textContains);
            textAbsent = copy(textAbsent);
        }

        private static <T> @Nullable List<T> copy(@Nullable List<T> list) {
            return list == null ? null : List.copyOf(list);
        }

        /** Whether the test looks at the guide as well as the decision. */
        public boolean needsGuide() {
            return stepsShown != null || stepsHidden != null || stepsOrder != null || textContains != null
                    || textAbsent != null;
        }
    }
}
