package dk.trinvis.check;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.util.List;
import java.util.Locale;

/**
 * What a test run touched: every period, policy, ground, assist rule and outage that decided
 * an answer ("rules"), every help offer listed, and every guide step shown.
 *
 * @param items every coverable item of the rule set, in rule-set order
 */
public record Coverage(List<Item> items) {
    /** Copies the list so the record stays immutable. */
    public Coverage {
        items = List.copyOf(items);
    }

    /** The kinds of coverable items. */
    public enum Kind {
        /** A mandatory-digital period of a service. */
        PERIOD(true),
        /** A municipality's steering policy. */
        POLICY(true),
        /** An exemption ground. */
        GROUND(true),
        /** An assist rule. */
        ASSIST_RULE(true),
        /** An outage. */
        OUTAGE(true),
        /** A help offer. */
        HELP_OFFER(false),
        /** A guide step. */
        STEP(false);

        private final boolean rule;

        Kind(boolean rule) {
            this.rule = rule;
        }

        /** Whether the item is a rule that decides (not a help offer or a guide step). */
        public boolean isRule() {
            return rule;
        }

        /** Lower-case label for reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The label in a language, e.g. {@code assist-rule} or {@code hjælperegel}. */
        public String label(Language lang) {
            return Phrase.text(lang, "test.coverage.kind." + label());
        }
    }

    /**
     * One coverable item.
     *
     * @param kind     what it is
     * @param id       its id, e.g. {@code flytning} or {@code flytning/mitid}
     * @param location where it is written (file:line)
     * @param touched  whether a test made it decide, list or show something
     */
    public record Item(Kind kind, String id, String location, boolean touched) {
    }

    /** Per cent of the items of the kinds that were touched; 100 when there are none. */
    public double percent(java.util.function.Predicate<Kind> kinds) {
        long all = items.stream().filter(i -> kinds.test(i.kind())).count();
        long touched = items.stream().filter(i -> kinds.test(i.kind()) && i.touched()).count();
        return all == 0 ? 100.0 : 100.0 * touched / all;
    }

    /** Per cent of rules touched. */
    public double rulePercent() {
        return percent(Kind::isRule);
    }

    /** The items no test touched. */
    public List<Item> untouched() {
        return items.stream().filter(i -> !i.touched()).toList();
    }

    /** A report for a terminal in English: untouched items, then the percentages per kind. */
    public String report() {
        return report(Language.EN);
    }

    /** A report for a terminal in a language: untouched items, then the percentages per kind. */
    public String report(Language lang) {
        // Danish writes 27,3 where English writes 27.3.
        Locale numbers = lang.isDanish() ? lang.locale() : Locale.ROOT;
        StringBuilder b = new StringBuilder();
        for (Item i : untouched()) {
            b.append(Phrase.text(lang, "test.coverage.missed", i.location(), i.kind().label(lang), id(i, lang))).append('\n');
        }
        for (Kind k : Kind.values()) {
            long all = items.stream().filter(i -> i.kind() == k).count();
            if (all > 0) {
                long touched = items.stream().filter(i -> i.kind() == k && i.touched()).count();
                b.append(String.format(numbers, "%s %-12s %4d/%-4d %5.1f%%%n", Phrase.text(lang, "test.coverage"),
                        k.label(lang), touched, all, 100.0 * touched / all));
            }
        }
        b.append(Phrase.text(lang, "test.coverage.total", percent(numbers, rulePercent()),
                percent(numbers, percent(k -> k == Kind.HELP_OFFER)), percent(numbers, percent(k -> k == Kind.STEP))));
        return b.append('\n').toString().replace("\r\n", "\n");
    }

    /** A period's id says from when ("flytning from 2012-12-01"); service ids have no spaces. */
    private static String id(Item i, Language lang) {
        return i.kind() == Kind.PERIOD ? i.id().replace(" from ", " " + Phrase.text(lang, "test.coverage.from") + " ") : i.id();
    }

    private static String percent(Locale numbers, double value) {
        return String.format(numbers, "%.1f", value);
    }
}
