package dk.trinvis.internal.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Compiles {@code when:} expressions against a scope. */
public final class Expressions {
    /** Longest expression accepted: a condition is a line, not a program. */
    public static final int MAX_LENGTH = 2000;

    private Expressions() {
    }

    /** Compiles the text; never throws, whatever the input. */
    public static Compiled compile(@Nullable String source, Scope scope) {
        List<ExprProblem> problems = new ArrayList<>();
        if (source == null) {
            problems.add(ExprProblem.of(0, 0, "expr.missing"));
            return new Compiled(null, problems);
        }
        if (source.length() > MAX_LENGTH) {
            problems.add(ExprProblem.of(MAX_LENGTH, source.length() - MAX_LENGTH, "expr.tooLong", MAX_LENGTH));
            return new Compiled(null, problems);
        }
        List<Lexer.Token> tokens = Lexer.tokens(source, problems);
        Parser parser = new Parser(tokens, scope, problems);
        Node root = parser.parse();
        if (problems.isEmpty() && root != null && root.type != Type.BOOLEAN) {
            problems.add(ExprProblem.of(0, source.length(), "expr.notBoolean",
                    root.type == null ? "unknown" : root.type.label()));
        }
        if (!problems.isEmpty() || root == null) {
            if (problems.isEmpty()) {
                problems.add(ExprProblem.of(0, source.length(), "expr.invalid"));
            }
            return new Compiled(null, problems);
        }
        return new Compiled(new Compiled_(source, root, Collections.unmodifiableSet(new LinkedHashSet<>(parser.names()))),
                problems);
    }

    /**
     * The expression a successful compile returns.
     *
     * @param slot     the slot of the boolean name the whole condition is, else -1
     * @param constant the truth of a condition that is a literal, else null
     */
    private record Compiled_(String source, Node root, Set<String> names, int slot, @Nullable Tri constant)
            implements Expression {

        Compiled_(String source, Node root, Set<String> names) {
            this(source, root, names, root instanceof Node.Name n && n.type == Type.BOOLEAN ? n.slot : -1,
                    root.literalTruth());
        }

        @Override
        public Tri evaluate(Bindings bindings) {
            // Most conditions are one fact or, folded per service, a constant: answered here
            // without the call into the node tree, which sees every kind of node and so cannot
            // be inlined.
            if (constant != null) {
                return constant;
            }
            if (slot >= 0 && bindings instanceof Slots s) {
                Object v = s.at(slot);
                return v == null ? Tri.UNKNOWN : Tri.of((Boolean) v);
            }
            return root.truth(bindings);
        }

        @Override
        public Set<String> decisiveUnknowns(Bindings bindings) {
            if (root.truth(bindings) != Tri.UNKNOWN) {
                return Set.of();
            }
            Set<String> out = new LinkedHashSet<>();
            root.unknowns(bindings, out);
            return out;
        }

        @Override
        public void decisiveUnknowns(Bindings bindings, Collection<String> into) {
            if (root.truth(bindings) == Tri.UNKNOWN) {
                root.unknowns(bindings, into);
            }
        }

        @Override
        public long decisiveUnknowns(Bindings bindings, String[] names) {
            return root.truth(bindings) == Tri.UNKNOWN ? root.unknownBits(bindings, names) : 0;
        }

        @Override
        public Expression given(Map<String, ?> known) {
            Node folded = root.fold(known);
            if (folded == root) {
                return this;
            }
            Set<String> left = new LinkedHashSet<>();
            folded.names(left);
            return new Compiled_(source, folded, Collections.unmodifiableSet(left));
        }
    }
}
