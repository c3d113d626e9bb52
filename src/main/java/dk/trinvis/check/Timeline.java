package dk.trinvis.check;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Requirement;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** When a service's requirement changes in a municipality: the coverage matrix of a rule set. */
public final class Timeline {
    private Timeline() {
    }

    /**
     * One change of requirement.
     *
     * @param at          the Copenhagen local moment it changes
     * @param requirement the requirement from then on
     */
    public record Change(LocalDateTime at, Requirement requirement) {
    }

    /** Every moment a rule of either rule set could change the requirement, sorted. */
    static TreeSet<LocalDateTime> boundaries(RuleSetModel model, String service, String municipality) {
        TreeSet<LocalDateTime> moments = new TreeSet<>();
        Service s = model.services().get(service);
        Municipality m = model.municipalities().get(municipality);
        if (s == null || m == null) {
            return moments;
        }
        s.mandatoryDigital().forEach(p -> add(moments, p));
        for (SteerPolicy p : m.steerDigital()) {
            if (p.covers(s)) {
                add(moments, p.period());
            }
        }
        for (Outage o : model.outages()) {
            if (o.covers(service, municipality, o.from())) {
                moments.add(o.from());
                moments.add(o.to());
            }
        }
        return moments;
    }

    private static void add(TreeSet<LocalDateTime> moments, Period p) {
        if (p.from() != null) {
            moments.add(p.from().atStartOfDay());
        }
        if (p.to() != null) {
            moments.add(p.to().atStartOfDay());
        }
    }

    /** The requirement at a moment; facts do not change the requirement, so none are given. */
    static Requirement requirement(RuleSet rules, String service, String municipality, LocalDateTime at) {
        return rules.decide(DecisionRequest.of(service, municipality).at(at)).requirement();
    }

    /** The requirement from the beginning of time and at every change after. */
    public static List<Change> of(RuleSet rules, String service, String municipality) {
        List<Change> changes = new ArrayList<>();
        TreeSet<LocalDateTime> moments = boundaries(rules.model(), service, municipality);
        moments.add(LocalDate.of(1900, 1, 1).atStartOfDay());
        Requirement last = null;
        for (LocalDateTime at : moments) {
            Requirement r = requirement(rules, service, municipality, at);
            if (r != last) {
                changes.add(new Change(at, r));
                last = r;
            }
        }
        return changes;
    }

    /** The matrix as text: one line a service and municipality whose requirement ever changes. */
    public static String matrix(RuleSet rules) {
        StringBuilder b = new StringBuilder();
        for (String service : rules.model().services().keySet()) {
            for (Map.Entry<String, Municipality> m : rules.model().municipalities().entrySet()) {
                List<Change> changes = of(rules, service, m.getKey());
                if (changes.size() > 1) {
                    b.append(service).append(' ').append(m.getKey()).append(':');
                    for (Change c : changes.subList(1, changes.size())) {
                        b.append(' ').append(c.at().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                                ? c.at().toLocalDate().toString() : c.at().toString()).append(' ')
                                .append(c.requirement().value()).append(';');
                    }
                    b.setLength(b.length() - 1);
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
