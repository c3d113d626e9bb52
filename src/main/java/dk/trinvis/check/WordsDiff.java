package dk.trinvis.check;

import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HoursPeriod;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Changes to facts, exemption grounds, help offers and outages, said in words an editor reads
 * aloud ("Den Digitale Hotline: Aarhus (0751) joins"), field by field, in one language.
 */
final class WordsDiff {
    private final Language lang;

    WordsDiff(Language lang) {
        this.lang = lang;
    }

    void facts(RuleSetModel old, RuleSetModel now, List<RuleSetDiff.Change> out) {
        for (String id : RuleSetDiff.union(old.facts().keySet(), now.facts().keySet())) {
            Fact a = old.facts().get(id);
            Fact b = now.facts().get(id);
            if (a == null || b == null) {
                Fact f = Objects.requireNonNull(a == null ? b : a);
                out.add(RuleSetDiff.Change.of("fact", id, null, say(a == null ? "fact.new" : "fact.removed", type(f))
                        + (f.question() == null ? "" : ": " + f.question().da())));
                continue;
            }
            field(out, "fact", id, say("field.type"), type(a), type(b));
            field(out, "fact", id, say("field.question"), da(a.question()), da(b.question()));
            field(out, "fact", id, say("field.values"), a.values().toString(), b.values().toString());
            field(out, "fact", id, say("field.range"), a.min() + ".." + a.max(), b.min() + ".." + b.max());
        }
    }

    void grounds(RuleSetModel old, RuleSetModel now, List<RuleSetDiff.Change> out) {
        Map<String, ExemptionGround> a = byId(old.grounds(), ExemptionGround::id);
        Map<String, ExemptionGround> b = byId(now.grounds(), ExemptionGround::id);
        for (String id : RuleSetDiff.union(a.keySet(), b.keySet())) {
            ExemptionGround x = a.get(id);
            ExemptionGround y = b.get(id);
            if (x == null || y == null) {
                ExemptionGround g = Objects.requireNonNull(x == null ? y : x);
                out.add(RuleSetDiff.Change.of("ground", id, null, say(x == null ? "ground.new" : "ground.removed",
                        da(g.title()), g.effect().value(), g.when().source())));
                continue;
            }
            field(out, "ground", id, say("field.effect"), x.effect().value(), y.effect().value());
            field(out, "ground", id, say("field.appliesWhen"), x.when().source(), y.when().source());
            field(out, "ground", id, say("field.inForceFrom"), day(x.validity().from()), day(y.validity().from()));
            field(out, "ground", id, say("field.inForceUntil"), day(x.validity().to()), day(y.validity().to()));
            field(out, "ground", id, say("field.onlyAreas"), x.areas().toString(), y.areas().toString());
            field(out, "ground", id, say("field.neverAreas"), x.exceptAreas().toString(), y.exceptAreas().toString());
            field(out, "ground", id, say("field.title"), da(x.title()), da(y.title()));
        }
    }

    void help(RuleSetModel old, RuleSetModel now, @Nullable String municipality, List<RuleSetDiff.Change> out) {
        for (String id : RuleSetDiff.union(old.helpOffers().keySet(), now.helpOffers().keySet())) {
            HelpOffer a = old.helpOffers().get(id);
            HelpOffer b = now.helpOffers().get(id);
            if (municipality != null && !serves(a, municipality) && !serves(b, municipality)) {
                continue;
            }
            String name = Objects.requireNonNull(da(Objects.requireNonNull(b != null ? b : a).name()));
            if (a == null || b == null) {
                HelpOffer o = Objects.requireNonNull(a == null ? b : a);
                out.add(RuleSetDiff.Change.of("help", id, null, say(a == null ? "help.new" : "help.gone", name,
                        o.type().value(), o.national() ? say("allMunicipalities") : names(now, o.municipalities()))));
                continue;
            }
            if (a.national() != b.national()) {
                out.add(RuleSetDiff.Change.of("help", id, null, b.national() ? say("help.nowNational", name)
                        : say("help.nowOnly", name, names(now, b.municipalities()))));
            } else if (!a.national()) {
                java.time.LocalDate since = b.validity().from();
                b.municipalities().stream().filter(c -> !a.municipalities().contains(c))
                        .filter(c -> municipality == null || municipality.equals(c))
                        .forEach(c -> out.add(RuleSetDiff.Change.of("help", id, c, since == null
                                ? say("help.joins", name, name(now, c)) : say("help.joinsSince", name, name(now, c), since))));
                a.municipalities().stream().filter(c -> !b.municipalities().contains(c))
                        .filter(c -> municipality == null || municipality.equals(c))
                        .forEach(c -> out.add(RuleSetDiff.Change.of("help", id, c, say("help.leaves", name, name(old, c)))));
            }
            field(out, "help", id, say("field.existsFrom", name), day(a.validity().from()), day(b.validity().from()));
            field(out, "help", id, say("field.existsUntil", name), day(a.validity().to()), day(b.validity().to()));
            field(out, "help", id, say("field.helpType", name), a.type().value(), b.type().value());
            field(out, "help", id, say("field.phone", name), a.contact().phone(), b.contact().phone());
            field(out, "help", id, say("field.email", name), a.contact().email(), b.contact().email());
            field(out, "help", id, say("field.url", name), a.contact().url(), b.contact().url());
            field(out, "help", id, say("field.address", name), a.contact().address(), b.contact().address());
            hours(a, b, name, out);
        }
    }

    /** Hours periods matched by their first day: changed, new and ended ones in words. */
    private void hours(HelpOffer a, HelpOffer b, String name, List<RuleSetDiff.Change> out) {
        Map<String, String> x = hoursByStart(a);
        Map<String, String> y = hoursByStart(b);
        for (String start : RuleSetDiff.union(x.keySet(), y.keySet())) {
            String before = x.get(start);
            String after = y.get(start);
            if (Objects.equals(before, after)) {
                continue;
            }
            String when = start.equals("always") ? "" : say("hours.from", start);
            out.add(RuleSetDiff.Change.of("help", b.id(), null, before == null ? say("hours.new", name, when, after)
                    : after == null ? say("hours.gone", name, when, before)
                    : say("hours.changed", name, when, before, after)));
        }
    }

    private Map<String, String> hoursByStart(HelpOffer o) {
        Map<String, String> map = new LinkedHashMap<>();
        for (HoursPeriod h : o.hours()) {
            map.put(dayOrAlways(h),
                    "\"" + h.spec() + "\"" + (h.validity().to() == null ? "" : say("hours.until", h.validity().to())));
        }
        return map;
    }

    private static String dayOrAlways(HoursPeriod h) {
        return h.validity().from() == null ? "always" : h.validity().from().toString();
    }

    void outages(RuleSetModel old, RuleSetModel now, @Nullable String municipality, List<RuleSetDiff.Change> out) {
        Map<String, Outage> a = byId(old.outages(), Outage::id);
        Map<String, Outage> b = byId(now.outages(), Outage::id);
        for (String id : RuleSetDiff.union(a.keySet(), b.keySet())) {
            Outage x = a.get(id);
            Outage y = b.get(id);
            if (municipality != null && !hits(x, municipality) && !hits(y, municipality)) {
                continue;
            }
            if (x == null || y == null) {
                Outage o = Objects.requireNonNull(x == null ? y : x);
                out.add(RuleSetDiff.Change.of("outage", id, null, say(x == null ? "outage.new" : "outage.removed",
                        o.services().isEmpty() ? say("everyService") : String.join(", ", o.services()),
                        o.municipalities().isEmpty() ? say("allMunicipalities") : names(now, o.municipalities()),
                        o.from(), o.to())));
                continue;
            }
            field(out, "outage", id, say("field.starts"), String.valueOf(x.from()), String.valueOf(y.from()));
            field(out, "outage", id, say("field.ends"), String.valueOf(x.to()), String.valueOf(y.to()));
            field(out, "outage", id, say("field.services"), x.services().toString(), y.services().toString());
            field(out, "outage", id, say("field.municipalities"), x.municipalities().toString(), y.municipalities().toString());
        }
    }

    private void field(List<RuleSetDiff.Change> out, String kind, String id, String what, @Nullable String before,
                       @Nullable String after) {
        if (!Objects.equals(before, after)) {
            out.add(RuleSetDiff.Change.of(kind, id, null, what + ": " + Objects.toString(before, say("none")) + " -> "
                    + Objects.toString(after, say("none"))));
        }
    }

    private String say(String key, @Nullable Object... args) {
        return Phrase.text(lang, "diff." + key, args);
    }

    private static boolean serves(@Nullable HelpOffer o, String code) {
        return o != null && (o.national() || o.municipalities().contains(code));
    }

    private static boolean hits(@Nullable Outage o, String code) {
        return o != null && (o.municipalities().isEmpty() || o.municipalities().contains(code));
    }

    private static String names(RuleSetModel model, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> name(model, c)).toList());
    }

    private static String name(RuleSetModel model, String code) {
        Municipality m = model.municipalities().get(code);
        return m == null ? code : m.name() + " (" + code + ")";
    }

    private static String type(Fact f) {
        return f.type().name().toLowerCase(Locale.ROOT);
    }

    private static String day(java.time.@Nullable LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    private static @Nullable String da(@Nullable Text t) {
        return t == null ? null : t.da();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
