package dk.trinvis.internal.yaml;

import dk.trinvis.internal.compiled.Layers;
import dk.trinvis.internal.compiled.Problems;
import dk.trinvis.model.Guide;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Location;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.SteerPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a layer may do to its base: add, never redefine. A layer holds overlays, its
 * municipality's {@code Municipality} data and steering policies, help offers and outages,
 * facts, life events and tests; an id its base declares is a located error that names the base
 * document. A layer with {@code municipality:} touches that municipality only. Redefinitions are
 * taken out of the collected documents once reported, so they are not reported again as
 * duplicates.
 */
final class LayerRules {
    private final Problems problems;
    private final Documents.Collected in;
    private final Layers layers;

    LayerRules(Problems problems, Documents.Collected in, Layers layers) {
        this.problems = problems;
        this.in = in;
        this.layers = layers;
    }

    void check() {
        redefined(in.facts, f -> f.id(), f -> f.location(), "fact");
        redefined(in.areas, a -> a.id(), a -> a.location(), "area");
        redefined(in.services, s -> s.id(), s -> s.location(), "service");
        redefined(in.helpOffers, o -> o.id(), o -> o.location(), "helpOffer");
        redefined(in.authorities, a -> a.id(), a -> a.location(), "authority");
        redefined(in.grounds, g -> g.id(), g -> g.location(), "exemptionGround");
        redefined(in.assistRules, r -> r.id(), r -> r.location(), "assistRule");
        redefined(in.outages, o -> o.id(), o -> o.location(), "outage");
        redefined(in.lifeEvents, e -> e.id(), e -> e.location(), "lifeEvent");
        guides();
        municipalities();
        baseOnly(in.areas, a -> a.location(), "Area");
        baseOnly(in.services, s -> s.location(), "Service");
        baseOnly(in.authorities, a -> a.location(), "Authority");
        baseOnly(in.grounds, g -> g.location(), "ExemptionGround");
        baseOnly(in.assistRules, r -> r.location(), "AssistRule");
        for (HelpOffer o : in.helpOffers) {
            ownMunicipality(o.municipalities(), o.location(), "helpOffer", o.id());
        }
        for (Outage o : in.outages) {
            ownMunicipality(o.municipalities(), o.location(), "outage", o.id());
        }
    }

    /** The municipality a layer is for, when the thing at the location lies in such a layer. */
    private @Nullable String municipalityOf(Location at) {
        int part = layers.indexOf(at);
        return part < 0 ? null : layers.parts().get(part).layer().municipality();
    }

    /** Whether the thing at the location lies in a layer (a part with a {@code kind: Layer}). */
    private boolean inLayer(Location at) {
        int part = layers.indexOf(at);
        return part > 0 && layers.parts().get(part).layer().base() != null;
    }

    /** Whether {@code later} lies in a layer above the part {@code first} lies in. */
    private boolean above(Location later, Location first) {
        return inLayer(later) && layers.indexOf(later) > layers.indexOf(first);
    }

    /** Reports, and takes out, each item a layer declares again with an id its base has. */
    private <T> void redefined(List<T> items, Function<T, @Nullable String> id, Function<T, Location> at, String what) {
        Map<String, T> first = new HashMap<>();
        for (Iterator<T> it = items.iterator(); it.hasNext(); ) {
            T item = it.next();
            String key = id.apply(item);
            if (key == null) {
                continue;
            }
            T base = first.putIfAbsent(key, item);
            if (base != null && above(at.apply(item), at.apply(base))) {
                problems.error(Codes.LAYER, at.apply(item), Phrase.of("layer.redefines", what, key, at.apply(base)));
                it.remove();
            }
        }
    }

    /** Kinds only a base holds: national rules. */
    private <T> void baseOnly(List<T> items, Function<T, Location> at, String kind) {
        for (T item : items) {
            if (inLayer(at.apply(item))) {
                problems.error(Codes.LAYER, at.apply(item), Phrase.of("layer.baseOnly", kind));
            }
        }
    }

    /** A layer's national guide, or an overlay the base already has, redefines the base's; an overlay is for the layer's municipality. */
    private void guides() {
        Map<String, Guide> first = new HashMap<>();
        for (Iterator<Guide> it = in.guides.iterator(); it.hasNext(); ) {
            Guide g = it.next();
            if (g.service() == null) {
                continue;
            }
            String own = municipalityOf(g.location());
            Guide base = first.putIfAbsent(g.service() + "@" + g.municipality(), g);
            if (base != null && above(g.location(), base.location())) {
                problems.error(Codes.LAYER, g.location(), g.municipality() == null
                        ? Phrase.of("layer.redefinesGuide", g.service(), base.location(), own == null ? "0101" : own)
                        : Phrase.of("layer.redefinesOverlay", g.service(), g.municipality(), base.location()));
                it.remove();
            } else if (g.municipality() == null && inLayer(g.location())) {
                problems.error(Codes.LAYER, g.location(), Phrase.of("layer.nationalGuide", g.service(),
                        own == null ? "0101" : own));
            } else if (g.municipality() != null && own != null && !own.equals(g.municipality())) {
                problems.error(Codes.LAYER, in.at(g.location(), "municipality"), Phrase.of("layer.otherMunicipality",
                        own, "guide", g.service(), g.municipality()));
            }
        }
    }

    /**
     * A layer's {@code Municipality} is for its own municipality. One the base declares already may
     * only add steering policies: its other fields must say what the base says, or be left out.
     */
    private void municipalities() {
        Map<String, Integer> first = new HashMap<>();
        List<Municipality> list = in.municipalities;
        for (int i = 0; i < list.size(); i++) {
            Municipality m = list.get(i);
            String own = municipalityOf(m.location());
            if (m.code() != null && own != null && !own.equals(m.code())) {
                problems.error(Codes.LAYER, m.location(), Phrase.of("layer.otherMunicipality", own, "municipality",
                        m.name(), m.code()));
            }
            Integer at = m.code() == null ? null : first.putIfAbsent(m.code(), i);
            if (at == null || !above(m.location(), list.get(at).location())) {
                continue;
            }
            Municipality base = list.get(at);
            String differs = differs(base, m);
            if (differs != null) {
                problems.error(Codes.LAYER, m.location(), Phrase.of("layer.redefinesMunicipality", m.code(),
                        base.location(), differs));
            } else {
                List<SteerPolicy> steer = new ArrayList<>(base.steerDigital());
                steer.addAll(m.steerDigital());
                list.set(at, new Municipality(base.code(), base.name(), base.region(), base.officialName(),
                        base.genitive(), steer, base.location()));
            }
            list.remove(i--);
        }
    }

    /** The first field the layer's municipality writes otherwise than the base's, or null. */
    private static @Nullable String differs(Municipality base, Municipality layer) {
        if (!Objects.equals(base.name(), layer.name())) {
            return "name";
        }
        if (layer.region() != null && !layer.region().equals(base.region())) {
            return "region";
        }
        if (layer.officialName() != null && !layer.officialName().equals(base.officialName())) {
            return "officialName";
        }
        return layer.genitive() != null && !layer.genitive().equals(base.genitive()) ? "genitive" : null;
    }

    /** A help offer or outage of a layer with a municipality serves that municipality alone. */
    private void ownMunicipality(List<String> codes, Location at, String what, @Nullable String id) {
        String own = municipalityOf(at);
        if (own == null || !inLayer(at)) {
            return;
        }
        Location field = in.at(at, "municipalities");
        if (codes.isEmpty()) {
            problems.error(Codes.LAYER, at, Phrase.of("layer.everyMunicipality", own, what, id));
            return;
        }
        codes.stream().filter(c -> !c.equals(own)).findFirst().ifPresent(other ->
                problems.error(Codes.LAYER, field, Phrase.of("layer.otherMunicipality", own, what, id, other)));
    }
}
