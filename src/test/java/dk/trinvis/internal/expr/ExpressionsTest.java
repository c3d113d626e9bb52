package dk.trinvis.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {
    static final Scope SCOPE = Scope.builder()
            .name("citizen.hasMitID", Type.BOOLEAN)
            .name("citizen.exempt", Type.BOOLEAN)
            .name("citizen.age", Type.INTEGER)
            .name("citizen.movedOn", Type.DATE)
            .name("decision.channel", Type.STRING, Set.of("self-service", "assisted", "alternative"))
            .build();

    /** Each name's possible values: unknown and two others. */
    static final Object[][] CHOICES = {
        {null, true, false}, {null, false, true}, {null, 20L, 67L},
        {null, LocalDate.of(2023, 5, 31), LocalDate.of(2023, 6, 1)}, {null, "assisted", "alternative"}};
    static final String[] NAMES = {"citizen.hasMitID", "citizen.exempt", "citizen.age", "citizen.movedOn",
        "decision.channel"};

    static Expression compile(String source) {
        Compiled c = Expressions.compile(source, SCOPE);
        assertThat(c.problems()).as(source).isEmpty();
        return c.expression();
    }

    static Bindings with(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m::get;
    }

    static Tri tri(String s) {
        return s.equals("T") ? Tri.TRUE : s.equals("F") ? Tri.FALSE : Tri.UNKNOWN;
    }

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @CsvSource({"T,T,T", "T,F,F", "T,U,U", "F,T,F", "F,F,F", "F,U,F", "U,T,U", "U,F,F", "U,U,U"})
    void andFollowsKleene(String a, String b, String result) {
        assertThat(tri(a).and(tri(b))).isEqualTo(tri(result));
    }

    @ParameterizedTest(name = "{0} or {1} = {2}")
    @CsvSource({"T,T,T", "T,F,T", "T,U,T", "F,T,T", "F,F,F", "F,U,U", "U,T,T", "U,F,U", "U,U,U"})
    void orFollowsKleene(String a, String b, String result) {
        assertThat(tri(a).or(tri(b))).isEqualTo(tri(result));
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"T,F", "F,T", "U,U"})
    void notFollowsKleene(String a, String result) {
        assertThat(tri(a).not()).isEqualTo(tri(result));
    }

    @Test
    void andBindsTighterThanOr() {
        Expression e = compile("citizen.hasMitID or citizen.exempt and citizen.age >= 67");
        assertThat(e.evaluate(with("citizen.hasMitID", true, "citizen.exempt", false, "citizen.age", 20L)))
                .isEqualTo(Tri.TRUE);
        assertThat(e.evaluate(with("citizen.hasMitID", false, "citizen.exempt", true, "citizen.age", 20L)))
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void comparesIntegersDatesAndStrings() {
        assertThat(compile("citizen.age >= 67").evaluate(with("citizen.age", 67L))).isEqualTo(Tri.TRUE);
        assertThat(compile("citizen.age < 67").evaluate(with("citizen.age", 67))).isEqualTo(Tri.FALSE);
        assertThat(compile("citizen.movedOn >= 2023-06-01").evaluate(with("citizen.movedOn", LocalDate.of(2023, 6, 1))))
                .isEqualTo(Tri.TRUE);
        assertThat(compile("decision.channel == 'alternative'").evaluate(with("decision.channel", "alternative")))
                .isEqualTo(Tri.TRUE);
        assertThat(compile("decision.channel != \"assisted\"").evaluate(with("decision.channel", "assisted")))
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void inAndNotInTestMembership() {
        assertThat(compile("citizen.age in [15, 16, 17]").evaluate(with("citizen.age", 16L))).isEqualTo(Tri.TRUE);
        assertThat(compile("citizen.age not in [15, 16]").evaluate(with("citizen.age", 16L))).isEqualTo(Tri.FALSE);
        assertThat(compile("citizen.age in [15]").evaluate(with())).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void unknownFactMakesComparisonUnknown() {
        assertThat(compile("citizen.age >= 67").evaluate(with())).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void onlyUnknownsThatDecideAreReported() {
        Expression e = compile("citizen.hasMitID or citizen.exempt");
        assertThat(e.decisiveUnknowns(with("citizen.hasMitID", true))).isEmpty();
        assertThat(e.decisiveUnknowns(with("citizen.hasMitID", false))).containsExactly("citizen.exempt");
        assertThat(e.decisiveUnknowns(with())).containsExactly("citizen.hasMitID", "citizen.exempt");
    }

    @Test
    void namesAreListedInSourceOrder() {
        assertThat(compile("not citizen.exempt and (citizen.age > 1 or citizen.hasMitID)").names())
                .containsExactly("citizen.exempt", "citizen.age", "citizen.hasMitID");
    }

    @Test
    void unknownNameIsLocatedWithASuggestion() {
        Compiled c = Expressions.compile("not citizen.hasMitId", SCOPE);
        assertThat(c.problems()).extracting(ExprProblem::offset, ExprProblem::length, ExprProblem::message,
                ExprProblem::hint).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 16,
                "unknown name 'citizen.hasMitId'", "did you mean 'citizen.hasMitID'?"));
    }

    @Test
    void typeMismatchIsLocatedAtTheOperator() {
        Compiled c = Expressions.compile("citizen.age == 'old'", SCOPE);
        assertThat(c.problems()).extracting(ExprProblem::offset, ExprProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, "cannot compare integer with string"));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        Compiled c = Expressions.compile("citizen.nope and citizen.alsoNope", SCOPE);
        assertThat(c.problems()).extracting(ExprProblem::offset).containsExactly(0, 17);
    }

    @Test
    void valueOutsideTheAllowedSetIsReported() {
        Compiled c = Expressions.compile("decision.channel == 'paper'", SCOPE);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(20);
            assertThat(p.message()).isEqualTo("'paper' is not a value of decision.channel");
        });
    }

    @Test
    void nonBooleanConditionIsRejected() {
        assertThat(Expressions.compile("citizen.age", SCOPE).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("a condition must be true or false"));
    }

    @Test
    void syntaxErrorsAreLocated() {
        assertThat(Expressions.compile("(citizen.exempt", SCOPE).problems()).extracting(ExprProblem::offset)
                .containsExactly(0);
        assertThat(Expressions.compile("citizen.exempt citizen.hasMitID", SCOPE).problems())
                .extracting(ExprProblem::offset).containsExactly(15);
        assertThat(Expressions.compile("citizen.age = 3", SCOPE).problems()).extracting(ExprProblem::hint)
                .containsExactly("compare with '=='");
        assertThat(Expressions.compile("", SCOPE).problems()).extracting(ExprProblem::message)
                .containsExactly("empty expression");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "(".repeat(500) + "citizen.exempt" + ")".repeat(500);
        assertThat(Expressions.compile(deep, SCOPE).problems()).isNotEmpty();
        assertThat(Expressions.compile("not ".repeat(400) + "citizen.exempt", SCOPE).problems()).isNotEmpty();
    }

    @Test
    void randomInputNeverThrowsAndProblemsStayInsideTheText() {
        String[] atoms = {"citizen.age", "citizen.exempt", "and", "or", "not", "in", "(", ")", "[", "]", ",", "==",
            "<=", "'x", "\"y\"", "2023-06-01", "2023-13-01", "42", "-", "=", "!", "true", "@", " ", "é"};
        Random random = new Random(20261124);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(atoms[random.nextInt(atoms.length)]).append(random.nextBoolean() ? " " : "");
            }
            String source = b.toString();
            Compiled c = Expressions.compile(source, SCOPE);
            assertThat(c.ok()).isEqualTo(c.problems().isEmpty());
            c.problems().forEach(p -> assertThat(p.offset()).as(source).isBetween(0, source.length()));
            if (c.ok()) {
                assertThat(c.expression().evaluate(with())).isNotNull();
            }
        }
    }

    @Test
    void slotsGiveTheTruthAndTheDecidingUnknownsThatNamedBindingsGive() {
        Expression e = compile("(citizen.hasMitID or citizen.age >= 67) and not citizen.exempt"
                + " and (citizen.movedOn < 2023-06-01 or decision.channel != 'assisted')");
        int combinations = 0;
        for (int n = 0; n < 243; n++) {
            Object[] values = new Object[SCOPE.size()];
            Map<String, Object> named = new HashMap<>();
            for (int k = 0, rest = n; k < NAMES.length; k++, rest /= 3) {
                Object v = CHOICES[k][rest % 3];
                values[SCOPE.slot(NAMES[k])] = v;
                named.put(NAMES[k], v);
            }
            Slots slots = new Slots(SCOPE, values);
            assertThat(e.evaluate(slots)).isEqualTo(e.evaluate(named::get));
            assertThat(e.decisiveUnknowns(slots)).isEqualTo(e.decisiveUnknowns(named::get));
            combinations++;
        }
        assertThat(combinations).isEqualTo(243);
        assertThat(SCOPE.slot("citizen.nope")).isEqualTo(-1);
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(citizen.hasMitID or citizen.age >= 67) and not citizen.exempt and (citizen.movedOn < 2023-06-01 or decision.channel != 'assisted')",
        "decision.channel == 'assisted' and citizen.hasMitID or citizen.age in [15, 16, 67] and not citizen.exempt",
        "citizen.hasMitID and (citizen.age >= 67 or citizen.hasMitID) or not citizen.exempt",
    })
    void theDecidingUnknownsAsBitsAreTheSameNamesAsTheSet(String source) {
        Expression e = compile(source);
        // In an order of their own, with one name the expression never reads: bits follow the array.
        String[] names = {"decision.channel", "citizen.nope", "citizen.exempt", "citizen.age", "citizen.movedOn",
            "citizen.hasMitID"};
        for (int n = 0; n < 243; n++) {
            Object[] values = new Object[SCOPE.size()];
            for (int k = 0, rest = n; k < NAMES.length; k++, rest /= 3) {
                values[SCOPE.slot(NAMES[k])] = CHOICES[k][rest % 3];
            }
            Slots slots = new Slots(SCOPE, values);
            long expected = 0;
            for (String name : e.decisiveUnknowns(slots)) {
                expected |= 1L << java.util.Arrays.asList(names).indexOf(name);
            }
            assertThat(e.decisiveUnknowns(slots, names)).as("%s", java.util.Arrays.toString(values)).isEqualTo(expected);
        }
    }

    @Test
    void knownNamesAreFoldedAwayLeavingWhatStillDecides() {
        Expression e = compile("decision.channel == 'assisted' and citizen.hasMitID");

        Expression assisted = e.given(Map.of("decision.channel", "assisted"));
        Expression alternative = e.given(Map.of("decision.channel", "alternative"));

        assertThat(assisted.names()).containsExactly("citizen.hasMitID");
        assertThat(assisted.decisiveUnknowns(with())).containsExactly("citizen.hasMitID");
        assertThat(alternative.names()).isEmpty();
        assertThat(alternative.evaluate(with())).isEqualTo(Tri.FALSE);
        assertThat(alternative.source()).isEqualTo(e.source());
        assertThat(e.given(Map.of("citizen.age", 70L))).isSameAs(e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(citizen.hasMitID or citizen.age >= 67) and not citizen.exempt and (citizen.movedOn < 2023-06-01 or decision.channel != 'assisted')",
        "decision.channel == 'assisted' and citizen.hasMitID or citizen.age in [15, 16, 67] and not citizen.exempt",
        "not (citizen.exempt or decision.channel not in ['alternative']) or citizen.movedOn >= 2023-06-01 and citizen.age < 20",
    })
    void foldingKnownNamesNeverChangesTheTruthOrTheDecidingUnknowns(String source) {
        Expression e = compile(source);
        int checked = 0;
        for (int n = 0; n < 243; n++) {
            Map<String, Object> bound = new HashMap<>();
            for (int k = 0, rest = n; k < NAMES.length; k++, rest /= 3) {
                bound.put(NAMES[k], CHOICES[k][rest % 3]);
            }
            for (int mask = 0; mask < 32; mask++) {
                Map<String, Object> known = new HashMap<>();
                for (int k = 0; k < NAMES.length; k++) {
                    if ((mask & 1 << k) != 0 && bound.get(NAMES[k]) != null) {
                        known.put(NAMES[k], bound.get(NAMES[k]));
                    }
                }
                Expression folded = e.given(known);
                assertThat(folded.evaluate(bound::get)).as("%s given %s", bound, known).isEqualTo(e.evaluate(bound::get));
                assertThat(folded.decisiveUnknowns(bound::get)).as("%s given %s", bound, known)
                        .isEqualTo(e.decisiveUnknowns(bound::get));
                assertThat(e.names()).containsAll(folded.names());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(243 * 32);
    }
    @Test
    void aConditionThatIsOneFactOrAConstantReadsSlotsLikeAnyOther() {
        Expression fact = compile("citizen.hasMitID");
        Expression constant = compile("decision.channel == 'assisted' and citizen.hasMitID")
                .given(Map.of("decision.channel", "alternative"));
        for (Object value : CHOICES[0]) {
            Object[] values = new Object[SCOPE.size()];
            values[SCOPE.slot("citizen.hasMitID")] = value;
            Slots slots = new Slots(SCOPE, values);
            assertThat(fact.evaluate(slots)).isEqualTo(fact.evaluate(with("citizen.hasMitID", value)))
                    .isEqualTo(value == null ? Tri.UNKNOWN : Tri.of((Boolean) value));
            assertThat(constant.evaluate(slots)).isEqualTo(Tri.FALSE);
        }
    }
}
