package dk.trinvis.bench;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;

import dk.trinvis.model.AssistRule;
import dk.trinvis.model.Condition;
import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Outage;
import dk.trinvis.model.Period;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import dk.trinvis.model.SteerPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DMN 1.3 tables for the rule set as a DMN expert writes them (docs/benchmarks.md explains each
 * choice): requirement and channel as FIRST tables, the alternative as a RULE ORDER table naming
 * every matched ground (its first row is the strongest), with one row per rule
 * (a wave lists its services, a policy its areas, a ground its fact), rows in the order the
 * first match must win, columns in the order that discards rows soonest, empty cells for "any"
 * (Camunda skips them without evaluating anything) and only the facts a rule reads.
 * The same rows are written in FEEL or in JUEL: the input entries are spelled differently, and
 * every JUEL text — header, entry, output — is written wrapped in {@code ${…}}.
 */
final class ExpertTables {
    /** How an input entry is written. */
    enum Dialect {
        /** FEEL simple unary tests, Camunda's default; each cell is parsed on every evaluation. */
        FEEL {
            @Override
            String anyOf(List<String> values) {
                return String.join(",", values.stream().map(ExpertTables::quote).toList());
            }

            @Override
            String noneOf(List<String> values) {
                return "not(" + anyOf(values) + ")";
            }

            @Override
            String isTrue() {
                return "true";
            }

            @Override
            String range(String from, String to) {
                String f = from == null ? null : "@" + quote(from);
                String t = to == null ? null : "@" + quote(to);
                return f == null ? "< " + t : t == null ? ">= " + f : "[" + f + ".." + t + ")";
            }
        },
        /**
         * JUEL, compiled once per cell. Days and moments are passed as the ISO-8601 text the cells
         * compare with ({@code "2012-12-01"}, {@code "2023-11-28T10:00"}), whose order is the time
         * order: a LocalDate would be turned into that text by EL in every cell that reads it.
         */
        JUEL {
            @Override
            String anyOf(List<String> values) {
                return String.join(" || ", values.stream().map(v -> "cellInput == " + quote(v)).toList());
            }

            @Override
            String noneOf(List<String> values) {
                return String.join(" && ", values.stream().map(v -> "cellInput != " + quote(v)).toList());
            }

            @Override
            String isTrue() {
                return "cellInput";
            }

            @Override
            String range(String from, String to) {
                String f = from == null ? null : "cellInput >= " + quote(from);
                String t = to == null ? null : "cellInput < " + quote(to);
                return f == null ? t : t == null ? f : f + " && " + t;
            }
        };

        abstract String anyOf(List<String> values);

        /**
         * A whole expression as the cell holds it. Camunda 7 wraps a JUEL text that is not already
         * {@code ${…}} on every evaluation (a string concatenation per cell per call), so an expert
         * writes JUEL cells wrapped; FEEL text stays as it is.
         */
        String expression(String text) {
            return this == JUEL && !text.isEmpty() ? "${" + text + "}" : text;
        }

        abstract String noneOf(List<String> values);

        abstract String isTrue();

        /** The half-open range [from, to) of ISO dates or date-times; either end may be null. */
        abstract String range(String from, String to);

        /** The half-open range [from, to) of local moments. */
        String moments(LocalDateTime from, LocalDateTime to) {
            // FEEL's date-time literal wants the seconds; EL compares with LocalDateTime.toString().
            return this == FEEL ? range(ISO_LOCAL_DATE_TIME.format(from), ISO_LOCAL_DATE_TIME.format(to))
                    : range(from.toString(), to.toString());
        }

        String period(Period p) {
            if (p.from() == null && p.to() == null) {
                return ANY;
            }
            return range(p.from() == null ? null : p.from().toString(), p.to() == null ? null : p.to().toString());
        }
    }

    /** An empty cell: matches anything and is never evaluated. */
    static final String ANY = "";

    private ExpertTables() {
    }

    /** Effect strength, strongest first: must-offer > right-on-request > may-accept > none. */
    static int strength(String effect) {
        return switch (effect) {
            case "must-offer" -> 3;
            case "right-on-request" -> 2;
            case "may-accept" -> 1;
            default -> 0;
        };
    }

    /** The boolean facts the alternative and channel tables read, each once. */
    static List<String> facts(RuleSetModel model) {
        Set<String> facts = new LinkedHashSet<>();
        for (ExemptionGround g : model.grounds()) {
            facts.addAll(Conditions.facts(g.when()));
        }
        for (AssistRule r : model.assistRules()) {
            facts.addAll(Conditions.facts(r.when()));
        }
        return List.copyOf(facts);
    }

    static String dmn(RuleSetModel model, Dialect d) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="trinvis" name="trinvis" namespace="https://trinvis.dk/bench">
                """);
        requirement(b, model, d);
        alternative(b, model, d);
        channel(b, model, d);
        return b.append("</definitions>\n").toString();
    }

    private static void requirement(StringBuilder b, RuleSetModel model, Dialect d) {
        Table t = new Table(b, d, "requirement", "FIRST", List.of("service", "municipality", "area", "day", "moment"),
                List.of("requirement"));
        for (Outage o : model.outages()) {
            if (!o.takesDownSelfService()) {
                continue; // it takes only help offers down: the service stays available
            }
            t.row(List.of("unavailable"), anyOrList(d, o.services()), anyOrList(d, o.municipalities()), ANY, ANY,
                    d.moments(o.from(), o.to()));
        }
        List<String> paperOnly = paperOnly(model);
        if (!paperOnly.isEmpty()) {
            t.row(List.of("optional"), d.anyOf(paperOnly), ANY, ANY, ANY, ANY);
        }
        // One row per wave: the services that share a period, not a row per service.
        Map<List<LocalDate>, List<String>> waves = new LinkedHashMap<>();
        Map<List<LocalDate>, Period> periods = new LinkedHashMap<>();
        for (Service s : model.services().values()) {
            for (Period p : s.mandatoryDigital()) {
                List<LocalDate> key = Arrays.asList(p.from(), p.to());
                waves.computeIfAbsent(key, k -> new ArrayList<>()).add(s.id());
                periods.putIfAbsent(key, p);
            }
        }
        waves.forEach((key, services) -> t.row(List.of("mandatory-digital"), d.anyOf(services), ANY, ANY,
                d.period(periods.get(key)), ANY));
        for (Municipality m : model.municipalities().values()) {
            for (SteerPolicy p : m.steerDigital()) {
                String code = d.anyOf(List.of(m.code()));
                if (!p.areas().isEmpty()) {
                    t.row(List.of("steered-digital"), ANY, code, d.anyOf(p.areas()), d.period(p.period()), ANY);
                }
                if (!p.services().isEmpty()) {
                    t.row(List.of("steered-digital"), d.anyOf(p.services()), code, ANY, d.period(p.period()), ANY);
                }
            }
        }
        t.row(List.of("optional"), ANY, ANY, ANY, ANY, ANY);
        t.end();
    }

    private static void alternative(StringBuilder b, RuleSetModel model, Dialect d) {
        List<ExemptionGround> grounds = new ArrayList<>(model.grounds());
        grounds.sort(Comparator.comparingInt((ExemptionGround g) -> strength(g.effect().value())).reversed());
        // Facts first (one non-empty cell each: a false fact drops its row at the cost of one test),
        // then service or municipality tests, then the day, then the area.
        List<String> columns = new ArrayList<>();
        for (ExemptionGround g : grounds) {
            for (String f : Conditions.facts(g.when())) {
                if (!columns.contains(f)) {
                    columns.add(f);
                }
            }
        }
        for (String c : List.of("service", "municipality")) {
            if (grounds.stream().anyMatch(g -> reads(g.when(), c))) {
                columns.add(c);
            }
        }
        columns.add("day");
        columns.add("area");
        // RULE ORDER, rows strongest first: the first output is the alternative, and every matched
        // ground is named, as Trinvis names them. No "none" row: no match is no alternative.
        Table t = new Table(b, d, "alternative", "RULE ORDER", columns, List.of("ground", "alternative"));
        for (ExemptionGround g : grounds) {
            String area = ANY;
            if (!g.areas().isEmpty()) {
                area = d.anyOf(g.areas().stream().filter(a -> !g.exceptAreas().contains(a)).toList());
            } else if (!g.exceptAreas().isEmpty()) {
                area = d.noneOf(g.exceptAreas());
            }
            for (List<Conditions.Atom> atoms : Conditions.rows(g.when())) {
                String[] cells = new String[columns.size()];
                Arrays.fill(cells, ANY);
                cells[columns.indexOf("day")] = d.period(g.validity());
                cells[columns.indexOf("area")] = area;
                fill(cells, columns, atoms, d);
                t.row(List.of(g.id(), g.effect().value()), cells);
            }
        }
        t.end();
    }

    private static void channel(StringBuilder b, RuleSetModel model, Dialect d) {
        List<String> columns = new ArrayList<>(List.of("requirement", "alternative"));
        for (AssistRule r : model.assistRules()) {
            for (String f : Conditions.facts(r.when())) {
                if (!columns.contains(f)) {
                    columns.add(f);
                }
            }
        }
        List<String> paperOnly = paperOnly(model);
        for (String c : List.of("service", "area", "municipality")) {
            if (model.assistRules().stream().anyMatch(r -> reads(r.when(), c))
                    || c.equals("service") && !paperOnly.isEmpty()) {
                columns.add(c);
            }
        }
        // A day column only when some assist rule is bounded in time: every column costs an evaluation.
        boolean dated = model.assistRules().stream()
                .anyMatch(r -> r.validity().from() != null || r.validity().to() != null);
        if (dated) {
            columns.add("day");
        }
        Table t = new Table(b, d, "channel", "FIRST", columns, List.of("channel"));
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, ANY);
        cells[0] = d.anyOf(List.of("unavailable"));
        t.row(Collections.singletonList(null), cells);
        Arrays.fill(cells, ANY);
        cells[1] = d.anyOf(List.of("must-offer"));
        t.row(List.of("alternative"), cells);
        if (!paperOnly.isEmpty()) {
            Arrays.fill(cells, ANY);
            cells[columns.indexOf("service")] = d.anyOf(paperOnly);
            t.row(List.of("alternative"), cells);
        }
        for (AssistRule r : model.assistRules()) {
            for (List<Conditions.Atom> atoms : Conditions.rows(r.when())) {
                Arrays.fill(cells, ANY);
                fill(cells, columns, atoms, d);
                if (dated) {
                    cells[columns.indexOf("day")] = d.period(r.validity());
                }
                t.row(List.of("assisted"), cells);
            }
        }
        Arrays.fill(cells, ANY);
        t.row(List.of("self-service"), cells);
        t.end();
    }

    /** Services with no digital self-service: optional, and always the alternative channel. */
    static List<String> paperOnly(RuleSetModel model) {
        return model.services().values().stream().filter(s -> !s.digital()).map(Service::id).toList();
    }

    private static boolean reads(Condition when, String column) {
        return Conditions.rows(when).stream().flatMap(List::stream).anyMatch(a -> a.column().equals(column));
    }

    /** Writes a row's tests into its cells; a test on a column that already has one is refused. */
    private static void fill(String[] cells, List<String> columns, List<Conditions.Atom> atoms, Dialect d) {
        for (Conditions.Atom a : atoms) {
            int i = columns.indexOf(a.column());
            if (!cells[i].equals(ANY)) {
                throw new IllegalArgumentException("two tests on " + a.column() + " in one row");
            }
            cells[i] = a.isFact() ? d.isTrue() : d.anyOf(List.of(a.value()));
        }
    }

    private static String anyOrList(Dialect d, List<String> values) {
        return values.isEmpty() ? ANY : d.anyOf(values);
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Writes one decision table with string outputs; every non-empty text in the dialect's form. */
    private static final class Table {
        private final StringBuilder b;
        private final Dialect d;
        private final String name;
        private int rows;

        Table(StringBuilder b, Dialect d, String name, String hitPolicy, List<String> inputs, List<String> outputs) {
            this.b = b;
            this.d = d;
            this.name = name;
            b.append("<decision id=\"").append(name).append("\" name=\"").append(name).append("\">\n")
                    .append("<decisionTable id=\"").append(name).append("Table\" hitPolicy=\"").append(hitPolicy)
                    .append("\">\n");
            for (String in : inputs) {
                b.append("<input id=\"").append(name).append("_in_").append(in).append("\"><inputExpression id=\"")
                        .append(name).append("_ie_").append(in).append("\"><text>").append(xml(d.expression(in)))
                        .append("</text></inputExpression></input>\n");
            }
            for (String out : outputs) {
                b.append("<output id=\"").append(name).append("_out_").append(out).append("\" name=\"").append(out)
                        .append("\" typeRef=\"string\"/>\n");
            }
        }

        /** A row; a null output leaves its cell empty, so that output's value is null. */
        void row(List<String> outputs, String... inputs) {
            String id = name + "_r" + rows++;
            b.append("<rule id=\"").append(id).append("\">");
            for (int i = 0; i < inputs.length; i++) {
                b.append("<inputEntry id=\"").append(id).append("_i").append(i).append("\"><text>")
                        .append(xml(d.expression(inputs[i]))).append("</text></inputEntry>");
            }
            for (int i = 0; i < outputs.size(); i++) {
                String out = outputs.get(i);
                b.append("<outputEntry id=\"").append(id).append("_o").append(i).append("\"><text>")
                        .append(out == null ? "" : xml(d.expression(quote(out)))).append("</text></outputEntry>");
            }
            b.append("</rule>\n");
        }

        void end() {
            b.append("</decisionTable>\n</decision>\n");
        }

        private static String xml(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
