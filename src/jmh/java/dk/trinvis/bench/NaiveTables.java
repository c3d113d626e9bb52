package dk.trinvis.bench;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;

import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The DMN tables as first generated for the benchmark, kept to show what naive modelling costs:
 * a row per service period and per policy × service, {@code -} written in every unused cell,
 * a column for every boolean fact, COLLECT plus ranking in Java, {@code date("…")} in each cell.
 * Outage rows and a service column (for grounds of one service) were added in the same style, so
 * it answers the same requests as the others. Conditions are translated by {@link Conditions}.
 */
final class NaiveTables {
    private NaiveTables() {
    }

    static String dmn(RuleSetModel model) {
        List<Fact> facts = model.facts().values().stream().filter(f -> f.type() == FactType.BOOLEAN).toList();
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="trinvis" name="trinvis" namespace="https://trinvis.dk/bench">
                <decision id="requirement" name="requirement">
                <decisionTable id="requirementTable" hitPolicy="FIRST">
                <input id="in_service"><inputExpression id="ie_service" typeRef="string"><text>service</text></inputExpression></input>
                <input id="in_municipality"><inputExpression id="ie_municipality" typeRef="string"><text>municipality</text></inputExpression></input>
                <input id="in_day"><inputExpression id="ie_day"><text>day</text></inputExpression></input>
                <input id="in_moment"><inputExpression id="ie_moment"><text>moment</text></inputExpression></input>
                <output id="out_requirement" name="requirement" typeRef="string"/>
                """);
        int n = 0;
        for (Outage o : model.outages()) {
            if (!o.takesDownSelfService()) {
                continue;
            }
            for (String service : o.services()) {
                for (String municipality : o.municipalities()) {
                    rule(b, "r" + n++, List.of(str(service), str(municipality), "-", "[date and time(\"" + ISO_LOCAL_DATE_TIME.format(o.from())
                            + "\")..date and time(\"" + ISO_LOCAL_DATE_TIME.format(o.to()) + "\"))"), str("unavailable"));
                }
            }
        }
        for (Service s : model.services().values()) {
            for (Period p : s.mandatoryDigital()) {
                rule(b, "r" + n++, List.of(str(s.id()), "-", range(p), "-"), str("mandatory-digital"));
            }
        }
        for (Service s : model.services().values()) {
            if (!s.digital()) {
                rule(b, "r" + n++, List.of(str(s.id()), "-", "-", "-"), str("optional"));
            }
        }
        for (Municipality m : model.municipalities().values()) {
            for (SteerPolicy policy : m.steerDigital()) {
                for (Service s : model.services().values()) {
                    if (policy.covers(s)) {
                        rule(b, "r" + n++, List.of(str(s.id()), str(m.code()), range(policy.period()), "-"),
                                str("steered-digital"));
                    }
                }
            }
        }
        rule(b, "r" + n++, List.of("-", "-", "-", "-"), str("optional"));
        b.append("</decisionTable>\n</decision>\n");
        b.append("<decision id=\"alternative\" name=\"alternative\">\n<decisionTable id=\"alternativeTable\" hitPolicy=\"COLLECT\">\n");
        b.append("<input id=\"a_area\"><inputExpression id=\"ae_area\" typeRef=\"string\"><text>area</text></inputExpression></input>\n");
        b.append("<input id=\"a_day\"><inputExpression id=\"ae_day\"><text>day</text></inputExpression></input>\n");
        b.append("<input id=\"a_service\"><inputExpression id=\"ae_service\" typeRef=\"string\"><text>service</text></inputExpression></input>\n");
        for (Fact f : facts) {
            b.append("<input id=\"f_").append(f.id()).append("\"><inputExpression id=\"fe_").append(f.id())
                    .append("\" typeRef=\"boolean\"><text>").append(f.id()).append("</text></inputExpression></input>\n");
        }
        b.append("<output id=\"out_ground\" name=\"ground\" typeRef=\"string\"/>\n");
        b.append("<output id=\"out_effect\" name=\"effect\" typeRef=\"string\"/>\n");
        for (ExemptionGround g : model.grounds()) {
            String area = g.exceptAreas().isEmpty() ? "-" : "not(" + String.join(",", g.exceptAreas().stream().map(NaiveTables::str).toList()) + ")";
            for (List<Conditions.Atom> atoms : Conditions.rows(g.when())) {
                String service = atoms.stream().filter(a -> a.column().equals("service")).map(a -> str(a.value()))
                        .findFirst().orElse("-");
                List<String> entries = new ArrayList<>(List.of(area, range(g.validity()), service));
                for (Fact f : facts) {
                    entries.add(atoms.contains(new Conditions.Atom(f.id(), null)) ? "true" : "-");
                }
                rule(b, "g" + n++, entries, str(g.id()), str(g.effect().value()));
            }
        }
        return b.append("</decisionTable>\n</decision>\n</definitions>\n").toString();
    }

    private static void rule(StringBuilder b, String id, List<String> inputs, String... outputs) {
        b.append("<rule id=\"").append(id).append("\">");
        int i = 0;
        for (String in : inputs) {
            b.append("<inputEntry id=\"").append(id).append("_i").append(i++).append("\"><text>").append(xml(in))
                    .append("</text></inputEntry>");
        }
        for (int o = 0; o < outputs.length; o++) {
            b.append("<outputEntry id=\"").append(id).append("_o").append(o).append("\"><text>").append(xml(outputs[o]))
                    .append("</text></outputEntry>");
        }
        b.append("</rule>\n");
    }

    private static String range(Period p) {
        if (p.from() == null && p.to() == null) {
            return "-";
        }
        if (p.to() == null) {
            return ">= date(\"" + p.from() + "\")";
        }
        if (p.from() == null) {
            return "< date(\"" + p.to() + "\")";
        }
        return "[date(\"" + p.from() + "\")..date(\"" + p.to() + "\"))";
    }

    private static String str(String s) {
        return "\"" + s + "\"";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
