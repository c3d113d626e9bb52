package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Requirement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** What changes for citizens between two versions of a rule set. */
public final class RuleSetDiff {
    private RuleSetDiff() {
    }

    /**
     * One change a citizen would notice, or ({@code review}) one an editor should look at.
     *
     * @param kind         {@code requirement}, {@code guide}, {@code fact}, {@code ground}, {@code help},
     *                     {@code outage}, or {@code review} (an overlay whose national step changed)
     * @param id           the service, fact, ground, help offer or outage
     * @param municipality the municipality code, or null where it applies to all
     * @param from         from when, for requirement changes; null otherwise
     * @param before       what it was ({@code absent} if new), for requirement changes; null otherwise
     * @param after        what it becomes ({@code absent} if removed), for requirement changes; null otherwise
     * @param says         the change in words
     */
    public record Change(String kind, String id, @Nullable String municipality, @Nullable LocalDateTime from,
                         @Nullable String before, @Nullable String after, String says) {
        static Change of(String kind, String id, @Nullable String municipality, String says) {
            return new Change(kind, id, municipality, null, null, null, says);
        }

        /** Whether citizens see it (a {@code review} note is for editors only). */
        public boolean citizensSeeIt() {
            return !kind.equals("review");
        }

        /** One line for a terminal, in English. */
        public String format() {
            return format(Language.EN);
        }

        /**
         * One line for a terminal with the kind and "from" in a language; {@code says} is in the
         * language the change was compared in.
         */
        public String format(Language lang) {
            return Phrase.text(lang, "diff.kind." + kind) + " " + id + (municipality == null ? "" : " " + municipality)
                    + (from == null ? "" : " " + Phrase.text(lang, "diff.from") + " " + from) + ": " + says;
        }
    }

    /**
     * The changes, optionally for one municipality and a window of days, said in English.
     *
     * @param municipality only this municipality, or null for all
     * @param from         only changes in force on or after this day, or null
     * @param to           only changes before this day, or null
     */
    public static List<Change> compare(RuleSet old, RuleSet now, @Nullable String municipality,
                                       @Nullable LocalDate from, @Nullable LocalDate to) {
        return compare(old, now, municipality, from, to, Language.EN);
    }

    /**
     * The changes, optionally for one municipality and a window of days, each {@code says} in a
     * language (Danish when the tools have no book in it). Rule-set texts are quoted in Danish.
     *
     * @param municipality only this municipality, or null for all
     * @param from         only changes in force on or after this day, or null
     * @param to           only changes before this day, or null
     * @param lang         the language of the words around the changed values
     */
    public static List<Change> compare(RuleSet old, RuleSet now, @Nullable String municipality,
                                       @Nullable LocalDate from, @Nullable LocalDate to, Language lang) {
        List<Change> changes = new ArrayList<>();
        Set<String> services = union(old.model().services().keySet(), now.model().services().keySet());
        List<String> codes = union(old.model().municipalities().keySet(), now.model().municipalities().keySet())
                .stream().filter(c -> municipality == null || municipality.equals(c)).toList();
        for (String service : services) {
            for (String code : codes) {
                requirement(old, now, service, code, from, to, lang, changes);
            }
        }
        Set<String> guided = new TreeSet<>();
        old.model().guides().forEach(g -> guided.add(g.service()));
        now.model().guides().forEach(g -> guided.add(g.service()));
        GuideDiff.compare(old, now, guided, codes, lang, changes);
        WordsDiff words = new WordsDiff(lang);
        words.facts(old.model(), now.model(), changes);
        words.grounds(old.model(), now.model(), changes);
        words.help(old.model(), now.model(), municipality, changes);
        words.outages(old.model(), now.model(), municipality, changes);
        return changes;
    }

    private static void requirement(RuleSet old, RuleSet now, String service, String code, @Nullable LocalDate from,
                                    @Nullable LocalDate to, Language lang, List<Change> changes) {
        boolean inOld = old.model().services().containsKey(service) && old.model().municipalities().containsKey(code);
        boolean inNew = now.model().services().containsKey(service) && now.model().municipalities().containsKey(code);
        if (!inOld || !inNew) {
            if (inOld != inNew) {
                String before = inOld ? "present" : "absent";
                String after = inNew ? "present" : "absent";
                changes.add(new Change("requirement", service, code, null, before, after,
                        Phrase.text(lang, "diff." + before) + " -> " + Phrase.text(lang, "diff." + after)));
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
                changes.add(new Change("requirement", service, code, at, a.value(), b.value(),
                        a.value() + " -> " + b.value()));
            }
            last = a != b ? key : null;
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
