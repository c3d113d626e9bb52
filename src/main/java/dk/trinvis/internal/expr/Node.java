package dk.trinvis.internal.expr;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A node of a compiled expression. Boolean nodes answer {@link #truth}; all answer {@link #value}. */
abstract class Node {
    /** Null when the name is not in scope (already reported), so no type check repeats it. */
    final @Nullable Type type;

    Node(@Nullable Type type) {
        this.type = type;
    }

    abstract @Nullable Object value(Bindings b);

    Tri truth(Bindings b) {
        Object v = value(b);
        return v == null ? Tri.UNKNOWN : Tri.of((Boolean) v);
    }

    /** Adds the unknown names that decide an UNKNOWN truth of this node. */
    abstract void unknowns(Bindings b, Collection<String> out);

    /**
     * The names {@link #unknowns} would add, as bits: bit {@code k} for {@code names[k]} (the first 64);
     * names not among them are left out. Allocates nothing.
     */
    abstract long unknownBits(Bindings b, String[] names);

    /**
     * This node with the known names replaced by their values and what they decide folded away:
     * under any bindings that agree with {@code known} it has the same value and the same
     * decisive unknowns. Returns this node when nothing changes.
     */
    abstract Node fold(Map<String, ?> known);

    /** Adds the names this node still reads. */
    abstract void names(Collection<String> out);

    /** The literal truth of a folded node, or null when it still depends on a name. */
    @Nullable Tri literalTruth() {
        return null;
    }

    static final Literal TRUE = new Literal(Type.BOOLEAN, Boolean.TRUE);
    static final Literal FALSE = new Literal(Type.BOOLEAN, Boolean.FALSE);

    /** Bindings that know no name: folding evaluates only literals. */
    private static final Bindings NOTHING = name -> null;

    static Literal literal(Tri truth) {
        return truth == Tri.TRUE ? TRUE : FALSE;
    }

    static final class Literal extends Node {
        final Object value;

        Literal(@Nullable Type type, Object value) {
            super(type);
            this.value = value;
        }

        @Override
        @Nullable Object value(Bindings b) {
            return value;
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            return 0;
        }

        @Override
        Node fold(Map<String, ?> known) {
            return this;
        }

        @Override
        void names(Collection<String> out) {
        }

        @Override
        @Nullable Tri literalTruth() {
            return value instanceof Boolean v ? Tri.of(v) : null;
        }
    }

    static final class Name extends Node {
        final String name;
        /** Where {@link Slots} keep its value; -1 when the scope does not declare it. */
        final int slot;

        Name(@Nullable Type type, String name, int slot) {
            super(type);
            this.name = name;
            this.slot = slot;
        }

        @Override
        @Nullable Object value(Bindings b) {
            // Slots hold typed values already, and an array read replaces the name's lookup.
            if (b instanceof Slots s) {
                return s.at(slot);
            }
            Object v = b.valueOf(name);
            return v instanceof Integer i ? Long.valueOf(i) : v;
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
            if (value(b) == null) {
                out.add(name);
            }
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            if (value(b) != null) {
                return 0;
            }
            int n = Math.min(names.length, Long.SIZE);
            // Mostly the very strings the expression was compiled with.
            for (int k = 0; k < n; k++) {
                if (names[k] == name) {
                    return 1L << k;
                }
            }
            for (int k = 0; k < n; k++) {
                if (names[k].equals(name)) {
                    return 1L << k;
                }
            }
            return 0;
        }

        @Override
        Node fold(Map<String, ?> known) {
            Object v = known.get(name);
            if (v == null) {
                return this;
            }
            return new Literal(type, v instanceof Integer i ? Long.valueOf(i) : v);
        }

        @Override
        void names(Collection<String> out) {
            out.add(name);
        }
    }

    static final class Not extends Node {
        final Node operand;

        Not(Node operand) {
            super(Type.BOOLEAN);
            this.operand = operand;
        }

        @Override
        @Nullable Object value(Bindings b) {
            return box(truth(b));
        }

        @Override
        Tri truth(Bindings b) {
            return operand.truth(b).not();
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
            operand.unknowns(b, out);
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            return operand.unknownBits(b, names);
        }

        @Override
        Node fold(Map<String, ?> known) {
            Node o = operand.fold(known);
            Tri t = o.literalTruth();
            return t != null ? literal(t.not()) : o == operand ? this : new Not(o);
        }

        @Override
        void names(Collection<String> out) {
            operand.names(out);
        }
    }

    static final class Logic extends Node {
        final boolean and;
        final Node left;
        final Node right;

        Logic(boolean and, Node left, Node right) {
            super(Type.BOOLEAN);
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        @Nullable Object value(Bindings b) {
            return box(truth(b));
        }

        @Override
        Tri truth(Bindings b) {
            Tri l = left.truth(b);
            // Short-circuit: the right side cannot change a decided result.
            if (and ? l == Tri.FALSE : l == Tri.TRUE) {
                return l;
            }
            return and ? l.and(right.truth(b)) : l.or(right.truth(b));
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
            if (truth(b) != Tri.UNKNOWN) {
                return;
            }
            if (left.truth(b) == Tri.UNKNOWN) {
                left.unknowns(b, out);
            }
            if (right.truth(b) == Tri.UNKNOWN) {
                right.unknowns(b, out);
            }
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            if (truth(b) != Tri.UNKNOWN) {
                return 0;
            }
            long bits = 0;
            if (left.truth(b) == Tri.UNKNOWN) {
                bits |= left.unknownBits(b, names);
            }
            if (right.truth(b) == Tri.UNKNOWN) {
                bits |= right.unknownBits(b, names);
            }
            return bits;
        }

        @Override
        Node fold(Map<String, ?> known) {
            Node l = left.fold(known);
            Node r = right.fold(known);
            // The side that decides alone (false under and, true under or) decides; the other
            // literal leaves the remaining side to decide, with the same unknowns.
            Tri decides = and ? Tri.FALSE : Tri.TRUE;
            Tri lt = l.literalTruth();
            Tri rt = r.literalTruth();
            if (lt == decides || rt == decides) {
                return literal(decides);
            }
            if (lt != null) {
                return r;
            }
            if (rt != null) {
                return l;
            }
            return l == left && r == right ? this : new Logic(and, l, r);
        }

        @Override
        void names(Collection<String> out) {
            left.names(out);
            right.names(out);
        }
    }

    static final class Compare extends Node {
        final Node left;
        final Node right;
        /** The operator as a number: a switch on the text hashed it on every evaluation. */
        private final int code;

        Compare(String op, Node left, Node right) {
            super(Type.BOOLEAN);
            this.left = left;
            this.right = right;
            this.code = switch (op) {
                case "==" -> EQ;
                case "!=" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                default -> GE;
            };
        }

        private static final int EQ = 0;
        private static final int NE = 1;
        private static final int LT = 2;
        private static final int LE = 3;
        private static final int GT = 4;
        private static final int GE = 5;

        private Compare(int code, Node left, Node right) {
            super(Type.BOOLEAN);
            this.left = left;
            this.right = right;
            this.code = code;
        }

        @Override
        @Nullable Object value(Bindings b) {
            return value(b, left, right);
        }

        private @Nullable Object value(Bindings b, Node leftNode, Node rightNode) {
            Object l = leftNode.value(b);
            Object r = rightNode.value(b);
            if (l == null || r == null) {
                return null;
            }
            int c = compare(l, r);
            return switch (code) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
            left.unknowns(b, out);
            right.unknowns(b, out);
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            return left.unknownBits(b, names) | right.unknownBits(b, names);
        }

        @Override
        Node fold(Map<String, ?> known) {
            Node l = left.fold(known);
            Node r = right.fold(known);
            if (l instanceof Literal && r instanceof Literal) {
                return literal(Tri.of((Boolean) Objects.requireNonNull(value(NOTHING, l, r), "literals compare")));
            }
            return l == left && r == right ? this : new Compare(code, l, r);
        }

        @Override
        void names(Collection<String> out) {
            left.names(out);
            right.names(out);
        }
    }

    static final class In extends Node {
        final Node left;
        final Set<Object> values;
        final boolean negated;

        In(Node left, Set<Object> values, boolean negated) {
            super(Type.BOOLEAN);
            this.left = left;
            this.values = values;
            this.negated = negated;
        }

        @Override
        @Nullable Object value(Bindings b) {
            Object l = left.value(b);
            return l == null ? null : values.contains(l) != negated;
        }

        @Override
        void unknowns(Bindings b, Collection<String> out) {
            left.unknowns(b, out);
        }

        @Override
        long unknownBits(Bindings b, String[] names) {
            return left.unknownBits(b, names);
        }

        @Override
        Node fold(Map<String, ?> known) {
            Node l = left.fold(known);
            if (l instanceof Literal) {
                return literal(Tri.of((Boolean) Objects.requireNonNull(new In(l, values, negated).value(NOTHING),
                        "a literal is in a set or not")));
            }
            return l == left ? this : new In(l, values, negated);
        }

        @Override
        void names(Collection<String> out) {
            left.names(out);
        }
    }

    /** A truth as a value: Boolean, or null when unknown. */
    static @Nullable Boolean box(Tri t) {
        return t == Tri.UNKNOWN ? null : t == Tri.TRUE;
    }

    static int compare(Object l, Object r) {
        if (l instanceof Long a && r instanceof Long c) {
            return Long.compare(a, c);
        }
        if (l instanceof LocalDate a && r instanceof LocalDate c) {
            return a.compareTo(c);
        }
        if (l instanceof String a && r instanceof String c) {
            return a.compareTo(c);
        }
        if (l instanceof Boolean a && r instanceof Boolean c) {
            return Boolean.compare(a, c);
        }
        // A binding of another type than declared: never equal, so rules do not fire on it.
        return l.equals(r) ? 0 : 1;
    }
}
