package dk.trinvis.internal.replay;

import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.model.Area;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a change between two rule sets can touch, so {@code affected} decides again only
 * those. A document counts as changed when its record differs in anything, even where it is
 * written; guides, life events and tests never change a decision. What each changed document can
 * touch, in the old or the new version:
 * <ul>
 *   <li>facts or an assist rule: every request;</li>
 *   <li>a service: its requests; an area: the requests of its services; an authority: the requests
 *       of the services it is responsible for; an exemption ground: the requests of every service
 *       in the areas it applies to;</li>
 *   <li>a municipality: its requests;</li>
 *   <li>a help offer: requests in its municipalities (all for a national one) on the days it exists;</li>
 *   <li>an outage: requests for its services in its municipalities (all when it lists none) in the
 *       hours it lasts.</li>
 * </ul>
 */
@NullMarked
public final class Touch {
    private boolean everything;
    private final Set<String> services = new HashSet<>();
    private final Set<String> municipalities = new HashSet<>();
    private final List<Window> windows = new ArrayList<>();
    private final Set<String> changed = new TreeSet<>();

    /**
     * Requests for some services in some municipalities within a stretch of Copenhagen time.
     *
     * @param services       the services, or null for all
     * @param municipalities the municipality codes, or null for all
     * @param from           the first moment, or null for since always
     * @param to             the first moment after, or null for until further notice
     */
    private record Window(@Nullable Set<String> services, @Nullable Set<String> municipalities,
                          @Nullable LocalDateTime from, @Nullable LocalDateTime to) {
        boolean covers(String service, String municipality, LocalDateTime at) {
            return (services == null || services.contains(service))
                    && (municipalities == null || municipalities.contains(municipality))
                    && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
        }
    }

    private Touch() {
    }

    /** What the change from {@code old} to {@code now} can touch. */
    public static Touch between(RuleSetModel old, RuleSetModel now) {
        Touch t = new Touch();
        if (!old.facts().equals(now.facts())) {
            t.all("Facts");
        }
        if (!old.assistRules().equals(now.assistRules())) {
            t.all("AssistRule");
        }
        for (String id : differing(old.services(), now.services())) {
            t.changed.add("Service:" + id);
            t.services.add(id);
        }
        for (String code : differing(old.municipalities(), now.municipalities())) {
            t.changed.add("Municipality:" + code);
            t.municipalities.add(code);
        }
        for (String id : differing(old.areas(), now.areas())) {
            t.changed.add("Area:" + id);
            for (RuleSetModel m : List.of(old, now)) {
                m.services().values().stream().filter(s -> id.equals(s.area())).forEach(s -> t.services.add(s.id()));
            }
        }
        for (String id : differing(old.authorities(), now.authorities())) {
            t.changed.add("Authority:" + id);
            for (RuleSetModel m : List.of(old, now)) {
                m.services().values().stream().filter(s -> id.equals(authorityOf(s, m))).forEach(s -> t.services.add(s.id()));
            }
        }
        Map<String, ExemptionGround> oldGrounds = byId(old.grounds(), ExemptionGround::id);
        Map<String, ExemptionGround> newGrounds = byId(now.grounds(), ExemptionGround::id);
        for (String id : differing(oldGrounds, newGrounds)) {
            t.changed.add("ExemptionGround:" + id);
            for (ExemptionGround g : versions(oldGrounds.get(id), newGrounds.get(id))) {
                for (RuleSetModel m : List.of(old, now)) {
                    m.services().values().stream().filter(s -> g.appliesToArea(s.area())).forEach(s -> t.services.add(s.id()));
                }
            }
        }
        if (!old.grounds().stream().map(ExemptionGround::id).toList()
                .equals(now.grounds().stream().map(ExemptionGround::id).toList())) {
            // The order of grounds is the order of matched grounds in an answer.
            t.all("ExemptionGround order");
        }
        for (String id : differing(old.helpOffers(), now.helpOffers())) {
            t.changed.add("HelpOffer:" + id);
            for (HelpOffer o : versions(old.helpOffers().get(id), now.helpOffers().get(id))) {
                Period v = o.validity();
                t.windows.add(new Window(null, o.national() ? null : Set.copyOf(o.municipalities()),
                        v.from() == null ? null : v.from().atStartOfDay(), v.to() == null ? null : v.to().atStartOfDay()));
            }
        }
        if (!List.copyOf(old.helpOffers().keySet()).equals(List.copyOf(now.helpOffers().keySet()))) {
            // The order offers are written in breaks ties in the help ranking.
            t.all("HelpOffer order");
        }
        Map<String, Outage> oldOutages = byId(old.outages(), Outage::id);
        Map<String, Outage> newOutages = byId(now.outages(), Outage::id);
        for (String id : differing(oldOutages, newOutages)) {
            t.changed.add("Outage:" + id);
            for (Outage o : versions(oldOutages.get(id), newOutages.get(id))) {
                t.windows.add(new Window(o.services().isEmpty() ? null : Set.copyOf(o.services()),
                        o.municipalities().isEmpty() ? null : Set.copyOf(o.municipalities()), o.from(), o.to()));
            }
        }
        return t;
    }

    /** Whether the change can touch a request for the service in the municipality at the moment. */
    public boolean touches(String service, String municipality, OffsetDateTime at) {
        if (everything || services.contains(service) || municipalities.contains(municipality)) {
            return true;
        }
        if (windows.isEmpty()) {
            return false;
        }
        LocalDateTime local = at.atZoneSameInstant(CopenhagenTime.ZONE).toLocalDateTime();
        for (Window w : windows) {
            if (w.covers(service, municipality, local)) {
                return true;
            }
        }
        return false;
    }

    /** The changed documents that can change a decision, as {@code Kind:id}, sorted. */
    public Set<String> changed() {
        return Set.copyOf(changed);
    }

    private void all(String why) {
        everything = true;
        changed.add(why);
    }

    private static @Nullable String authorityOf(Service s, RuleSetModel m) {
        if (s.authority() != null) {
            return s.authority();
        }
        Area area = m.areas().get(s.area());
        return area == null ? null : area.authority();
    }

    /** The ids whose record differs, or that only one side has. */
    private static <T> Set<String> differing(Map<String, T> old, Map<String, T> now) {
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        ids.removeIf(id -> Objects.equals(old.get(id), now.get(id)));
        return ids;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(id.apply(i), i));
        return map;
    }

    private static <T> List<T> versions(@Nullable T old, @Nullable T now) {
        List<T> both = new ArrayList<>(2);
        if (old != null) {
            both.add(old);
        }
        if (now != null) {
            both.add(now);
        }
        return both;
    }
}
