package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.guide.GuideOverlay;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Step;
import dk.trinvis.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changes in the guides citizens read: per service and municipality, after overlays, which
 * steps are added, removed, reworded or shown under another condition. A change every
 * municipality sees is reported once. Said in one language; step titles are quoted in Danish.
 */
final class GuideDiff {
    private final Language lang;

    private GuideDiff(Language lang) {
        this.lang = lang;
    }

    static void compare(RuleSet old, RuleSet now, Set<String> services, List<String> codes, Language lang,
                        List<RuleSetDiff.Change> out) {
        new GuideDiff(lang).compare(old, now, services, codes, out);
    }

    private void compare(RuleSet old, RuleSet now, Set<String> services, List<String> codes, List<RuleSetDiff.Change> out) {
        for (String service : services) {
            // Changes are told apart by their raw text, so one every municipality sees is said once.
            Map<String, Map<String, String>> seenIn = new LinkedHashMap<>();
            Map<String, String> everywhere = new LinkedHashMap<>();
            for (String code : codes) {
                Map<String, Step> a = steps(old, service, code);
                Map<String, Step> b = steps(now, service, code);
                List<String> raw = compare(a, b, text -> text);
                List<String> filled = compare(a, b, DiffPlaceholders.of(now, old, service, code));
                List<String> general = null;
                for (int i = 0; i < raw.size(); i++) {
                    seenIn.computeIfAbsent(raw.get(i), k -> new LinkedHashMap<>()).put(code, filled.get(i));
                    if (!everywhere.containsKey(raw.get(i))) {
                        // Said once for every municipality: placeholders read "kommunen", not one town's name.
                        general = general != null ? general : compare(a, b, DiffPlaceholders.of(now, old, service, null));
                        everywhere.put(raw.get(i), general.get(i));
                    }
                }
            }
            seenIn.forEach((raw, where) -> {
                if (where.size() == codes.size() && codes.size() > 1) {
                    out.add(RuleSetDiff.Change.of("guide", service, null, everywhere.getOrDefault(raw, raw)));
                } else {
                    where.forEach((code, says) -> out.add(RuleSetDiff.Change.of("guide", service, code, says)));
                }
            });
            review(old, now, service, out);
        }
    }

    /** The steps citizens of a municipality get, flattened by id; null when there is no guide for them. */
    private static @Nullable Map<String, Step> steps(RuleSet rules, String service, String code) {
        if (!rules.model().municipalities().containsKey(code)) {
            return null;
        }
        Guide national = guide(rules, service, null);
        Guide overlay = guide(rules, service, code);
        if (national == null && overlay == null) {
            return null;
        }
        Map<String, Step> flat = new LinkedHashMap<>();
        flatten(GuideOverlay.steps(national, overlay), flat);
        return flat;
    }

    private static @Nullable Guide guide(RuleSet rules, String service, @Nullable String code) {
        return rules.model().guides().stream()
                .filter(g -> g.service().equals(service) && Objects.equals(g.municipality(), code))
                .findFirst().orElse(null);
    }

    private static void flatten(List<Step> steps, Map<String, Step> into) {
        for (Step s : steps) {
            into.put(s.id(), s);
            flatten(s.steps(), into);
            flatten(s.oneOf(), into);
        }
    }

    /** What changes from a to b, each rule-set text quoted in Danish with its placeholders filled by {@code fill}. */
    private List<String> compare(@Nullable Map<String, Step> a, @Nullable Map<String, Step> b,
                                 java.util.function.UnaryOperator<String> fill) {
        List<String> says = new ArrayList<>();
        if (a == null || b == null) {
            if (a != b) {
                says.add(say(a == null ? "guide.new" : "guide.gone"));
            }
            return says;
        }
        for (Map.Entry<String, Step> e : b.entrySet()) {
            Step before = a.get(e.getKey());
            Step after = e.getValue();
            if (before == null) {
                says.add(after.when() == null ? say("step.added", after.id(), fill.apply(da(after.title())))
                        : say("step.addedWhen", after.id(), fill.apply(da(after.title())), after.when().source()));
                continue;
            }
            if (!Objects.equals(before.title(), after.title())) {
                says.add(say("step.renamed", after.id(), fill.apply(da(before.title())), fill.apply(da(after.title()))));
            }
            if (!Objects.equals(before.body(), after.body())) {
                says.add(say("step.reworded", after.id(), shorten(fill.apply(da(after.body())))));
            }
            if (!Objects.equals(condition(before), condition(after))) {
                says.add(say("step.shown", after.id(), shown(before), shown(after)));
            }
            if (!Objects.equals(before.validity().from(), after.validity().from())
                    || !Objects.equals(before.validity().to(), after.validity().to())) {
                says.add(say("step.dated", after.id(), dates(before), dates(after)));
            }
        }
        for (String id : a.keySet()) {
            if (!b.containsKey(id)) {
                says.add(say("step.removed", id, fill.apply(da(a.get(id).title()))));
            }
        }
        List<String> common = b.keySet().stream().filter(a::containsKey).toList();
        List<String> oldOrder = a.keySet().stream().filter(b::containsKey).toList();
        if (!common.equals(oldOrder)) {
            says.add(say("steps.reordered", String.join(", ", oldOrder), String.join(", ", common)));
        }
        return says;
    }

    /** Overlays whose national steps changed under them: the editor should look at them again. */
    private void review(RuleSet old, RuleSet now, String service, List<RuleSetDiff.Change> out) {
        Guide oldNational = guide(old, service, null);
        Guide newNational = guide(now, service, null);
        if (oldNational == null || newNational == null) {
            return;
        }
        Map<String, Step> a = new LinkedHashMap<>();
        Map<String, Step> b = new LinkedHashMap<>();
        flatten(oldNational.steps(), a);
        flatten(newNational.steps(), b);
        for (Guide overlay : now.model().guides()) {
            if (!overlay.overlay() || !overlay.service().equals(service)) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            overlay.removals().forEach(r -> refs.add(r.step()));
            for (Step s : overlay.steps()) {
                java.util.stream.Stream.of(s.replaces(), s.after(), s.before()).filter(Objects::nonNull).forEach(refs::add);
            }
            for (String id : refs.stream().distinct().toList()) {
                Step before = a.get(id);
                Step after = b.get(id);
                if (before != null && (after == null || !same(before, after))) {
                    out.add(RuleSetDiff.Change.of("review", service, overlay.municipality(),
                            say(after == null ? "review.gone" : "review.changed", id)));
                }
            }
        }
    }

    private static boolean same(Step a, Step b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.body(), b.body())
                && Objects.equals(condition(a), condition(b)) && a.steps().size() == b.steps().size();
    }

    private static String condition(Step s) {
        return s.when() == null ? "always" : "when " + s.when().source();
    }

    /** When a step is shown, in words: "always" or "when citizen.hasMitID". */
    private String shown(Step s) {
        return s.when() == null ? say("always") : say("when", s.when().source());
    }

    private String dates(Step s) {
        return "[" + Objects.toString(s.validity().from(), say("always")) + ", "
                + Objects.toString(s.validity().to(), say("open")) + ")";
    }

    private String say(String key, @Nullable Object... args) {
        return Phrase.text(lang, "diff." + key, args);
    }

    private static String da(@Nullable Text t) {
        return t == null ? "" : t.da();
    }

    private static String shorten(String s) {
        String line = s.replace('\n', ' ').strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
