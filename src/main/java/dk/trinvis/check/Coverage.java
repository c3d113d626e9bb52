package dk.trinvis.check;

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

    /** A report for a terminal: untouched items, then the percentages per kind. */
    public String report() {
        StringBuilder b = new StringBuilder();
        for (Item i : untouched()) {
            b.append(i.location()).append(": not covered: ").append(i.kind().label()).append(' ').append(i.id()).append('\n');
        }
        for (Kind k : Kind.values()) {
            long all = items.stream().filter(i -> i.kind() == k).count();
            if (all > 0) {
                long touched = items.stream().filter(i -> i.kind() == k && i.touched()).count();
                b.append(String.format(Locale.ROOT, "coverage %-12s %4d/%-4d %5.1f%%%n", k.label(), touched, all,
                        100.0 * touched / all));
            }
        }
        b.append(String.format(Locale.ROOT, "coverage rules %.1f%%, help offers %.1f%%, steps %.1f%%%n", rulePercent(),
                percent(k -> k == Kind.HELP_OFFER), percent(k -> k == Kind.STEP)));
        return b.toString().replace("\r\n", "\n");
    }
}
