package dk.trinvis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.expr.Compiled;
import dk.trinvis.internal.expr.ExprProblem;
import dk.trinvis.internal.expr.Expressions;
import dk.trinvis.internal.expr.Scope;
import dk.trinvis.internal.expr.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any condition text compiles or gives problems located inside it; what compiles evaluates. */
class ExpressionFuzzTest {
    private static final Scope SCOPE = Scope.builder()
            .name("citizen.hasMitID", Type.BOOLEAN)
            .name("citizen.cognitiveImpairment", Type.BOOLEAN)
            .name("citizen.age", Type.INTEGER)
            .name("citizen.birthDate", Type.DATE)
            .name("service.area", Type.STRING, Set.of("borgerservice", "familieydelser"))
            .name("municipality.code", Type.STRING)
            .name("decision.requirement", Type.STRING, Set.of("mandatory-digital", "optional"))
            .build();
    private static final List<String> TOKENS = List.of("citizen.hasMitID", "citizen.age", "citizen.birthDate",
            "service.area", "municipality.code", "citizen.nope", "not", "and", "or", "in", " ", "(", ")", "[", "]", ",",
            "==", "!=", ">=", "<=", "<", ">", "15", "-3", "'borgerservice'", "'x", "\"y\"", "true", "false",
            "2024-01-01", "2024-13-45", "9999999999999999999", ".", "æ", "\t");

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.oneOf(Seeds.mutated(Seeds.lines("expressions.txt"), TOKENS), Seeds.soup(TOKENS, 25));
    }

    @Provide
    Arbitrary<Map<String, Object>> bindings() {
        Arbitrary<Object> flag = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3).map(b -> b);
        Arbitrary<Object> age = Arbitraries.longs().between(-5, 200).injectNull(0.3).map(a -> a);
        return net.jqwik.api.Combinators.combine(flag, age).as((f, a) -> {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            m.put("citizen.hasMitID", f);
            m.put("citizen.age", a);
            m.put("citizen.birthDate", LocalDate.of(1990, 5, 17));
            m.put("service.area", "borgerservice");
            return m;
        });
    }

    @Property
    void anySourceCompilesOrReportsProblemsInsideIt(@ForAll("sources") String source,
                                                    @ForAll("bindings") Map<String, Object> values) {
        Compiled compiled = Expressions.compile(source, SCOPE);
        for (ExprProblem p : compiled.problems()) {
            assertThat(p.offset()).isBetween(0, Math.max(0, source.length()));
            assertThat(p.message()).isNotBlank();
        }
        if (compiled.ok()) {
            assertThat(compiled.expression().evaluate(values::get)).isNotNull();
        }
    }
}
