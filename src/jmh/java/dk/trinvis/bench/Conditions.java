package dk.trinvis.bench;

import dk.trinvis.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code when:} condition of the forms the bundled set uses, as DMN rows: an 'or' of 'and's of
 * citizen facts and equalities on {@code service.id}, {@code service.area} or
 * {@code municipality.code}. One row per disjunct; anything else is refused, not guessed.
 */
final class Conditions {
    private static final Pattern FACT = Pattern.compile("citizen\\.([A-Za-z0-9]+)");
    private static final Pattern EQUALS = Pattern.compile("(service\\.id|service\\.area|municipality\\.code) == '([^']*)'");
    private static final Map<String, String> COLUMNS =
            Map.of("service.id", "service", "service.area", "area", "municipality.code", "municipality");

    /**
     * One test in a row.
     *
     * @param column the input column: a fact id, or service, area, municipality
     * @param value  the value the column must equal, or null for a boolean fact that must be true
     */
    record Atom(String column, String value) {
        boolean isFact() {
            return value == null;
        }
    }

    private Conditions() {
    }

    /** The condition's rows: it holds when every atom of some row holds. */
    static List<List<Atom>> rows(Condition when) {
        List<List<Atom>> rows = new ArrayList<>();
        for (String disjunct : when.source().split(" or ")) {
            List<Atom> atoms = new ArrayList<>();
            for (String part : disjunct.split(" and ")) {
                String test = part.trim();
                Matcher fact = FACT.matcher(test);
                Matcher equals = EQUALS.matcher(test);
                if (fact.matches()) {
                    atoms.add(new Atom(fact.group(1), null));
                } else if (equals.matches()) {
                    atoms.add(new Atom(COLUMNS.get(equals.group(1)), equals.group(2)));
                } else {
                    throw new IllegalArgumentException("cannot write '" + when.source() + "' as DMN rows");
                }
            }
            rows.add(atoms);
        }
        return rows;
    }

    /** The boolean facts the condition reads, in order. */
    static List<String> facts(Condition when) {
        List<String> facts = new ArrayList<>();
        for (List<Atom> row : rows(when)) {
            for (Atom a : row) {
                if (a.isFact() && !facts.contains(a.column())) {
                    facts.add(a.column());
                }
            }
        }
        return facts;
    }
}
