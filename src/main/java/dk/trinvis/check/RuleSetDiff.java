package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Requirement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What changes for citizens between two versions of a rule set. */
public final class RuleSetDiff {
    private RuleSetDiff() {
    }

    /**
     * One change a citizen would notice.
     *
     * @param kind         {@code requirement}, {@code ground} or {@code help}
     * @param id           the service, ground or help offer
     * @param municipality the municipality code, or null where it applies to all
     * @param from         from when, for requirement changes; null otherwise
     * @param before       what it was ({@code absent} if new)
     * @param after        what it becomes ({@code absent} if removed)
     */
    public record Change(String kind, String id, @Nullable String municipality, @Nullable LocalDateTime from, String before,
                         String after) {
        /** One line for a terminal. */
        public String format() {
            return kind + " " + id + (municipality == null ? "" : " " + municipality)
                    + (from == null ? "" : " from " + from) + ": " + before + " -> " + after;
        }
    }

    /**
     * The changes, optionally for one municipality and a window of days.
     *
     * @param municipality only this municipality, or null for all
     * @param from         only changes in force on or after this day, or null
     * @param to           only changes before this day, or null
     */
    public static List<Change> compare(RuleSet old, RuleSet now, @Nullable String municipality,
                                       @Nullable LocalDate from, @Nullable LocalDate to) {
        List<Change> changes = new ArrayList<>();
        Set<String> services = union(old.model().services().keySet(), now.model().services().keySet());
        Set<String> codes = union(old.model().municipalities().keySet(), now.model().municipalities().keySet());
        for (String service : services) {
            for (String code : codes) {
                if (municipality == null || municipality.equals(code)) {
                    requirement(old, now, service, code, from, to, changes);
                }
            }
        }
        Map<String, ExemptionGround> oldGrounds = byId(old.model().grounds());
        Map<String, ExemptionGround> newGrounds = byId(now.model().grounds());
        for (String id : union(oldGrounds.keySet(), newGrounds.keySet())) {
            String before = describe(oldGrounds.get(id));
            String after = describe(newGrounds.get(id));
            if (!before.equals(after)) {
                changes.add(new Change("ground", id, null, null, before, after));
            }
        }
        Map<String, HelpOffer> oldHelp = old.model().helpOffers();
        Map<String, HelpOffer> newHelp = now.model().helpOffers();
        for (String id : union(oldHelp.keySet(), newHelp.keySet())) {
            HelpOffer a = oldHelp.get(id);
            HelpOffer b = newHelp.get(id);
            if (municipality != null && !serves(a, municipality) && !serves(b, municipality)) {
                continue;
            }
            String before = describe(a);
            String after = describe(b);
            if (!before.equals(after)) {
                changes.add(new Change("help", id, null, null, before, after));
            }
        }
        return changes;
    }

    private static void requirement(RuleSet old, RuleSet now, String service, String code, @Nullable LocalDate from,
                                    @Nullable LocalDate to, List<Change> changes) {
        boolean inOld = old.model().services().containsKey(service) && old.model().municipalities().containsKey(code);
        boolean inNew = now.model().services().containsKey(service) && now.model().municipalities().containsKey(code);
        if (!inOld || !inNew) {
            if (inOld != inNew) {
                changes.add(new Change("requirement", service, code, null, inOld ? "present" : "absent",
                        inNew ? "present" : "absent"));
            }
            return;
        }
        TreeSet<LocalDateTime> moments = Timeline.boundaries(old.model(), service, code);
        moments.addAll(Timeline.boundaries(now.model(), service, code));
        moments.add((from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay());
        String last = null;
        for (LocalDateTime at : moments) {
            if ((from != null && at.toLocalDate().isBefore(from)) || (to != null && !at.toLocalDate().isBefore(to))) {
                continue;
            }
            Requirement a = Timeline.requirement(old, service, code, at);
            Requirement b = Timeline.requirement(now, service, code, at);
            String key = a + "/" + b;
            if (a != b && !key.equals(last)) {
                changes.add(new Change("requirement", service, code, at, a.value(), b.value()));
            }
            last = a != b ? key : null;
        }
    }

    private static boolean serves(@Nullable HelpOffer o, String code) {
        return o != null && (o.national() || o.municipalities().contains(code));
    }

    private static String describe(@Nullable ExemptionGround g) {
        return g == null ? "absent" : g.effect().value() + " when " + g.when().source() + " from " + g.validity().from()
                + " to " + g.validity().to() + (g.exceptAreas().isEmpty() ? "" : " except " + g.exceptAreas())
                + (g.areas().isEmpty() ? "" : " only " + g.areas());
    }

    private static String describe(@Nullable HelpOffer o) {
        if (o == null) {
            return "absent";
        }
        List<String> hours = o.hours().stream().map(h -> h.spec() + " [" + h.validity().from() + ", "
                + h.validity().to() + ")").toList();
        return o.type().value() + " " + Objects.toString(o.contact().phone(), "") + " for "
                + (o.national() ? "all" : o.municipalities()) + " hours " + hours;
    }

    private static Map<String, ExemptionGround> byId(List<ExemptionGround> grounds) {
        Map<String, ExemptionGround> map = new java.util.LinkedHashMap<>();
        grounds.forEach(g -> map.put(g.id(), g));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
