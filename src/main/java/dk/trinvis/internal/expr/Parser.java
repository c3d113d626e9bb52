package dk.trinvis.internal.expr;

import dk.trinvis.internal.expr.Lexer.Kind;
import dk.trinvis.internal.expr.Lexer.Token;
import dk.trinvis.internal.util.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent parser that type-checks as it builds. A node whose type is null stands for
 * a part already reported, so one mistake does not cascade into many messages.
 */
final class Parser {
    static final int MAX_DEPTH = 64;

    private final List<Token> tokens;
    private final Scope scope;
    private final List<ExprProblem> problems;
    private final Set<String> names = new LinkedHashSet<>();
    private int pos;
    private int depth;
    /** The last literal read, so a value outside a name's allowed set is reported at the literal. */
    private @Nullable Token literalToken;

    Parser(List<Token> tokens, Scope scope, List<ExprProblem> problems) {
        this.tokens = tokens;
        this.scope = scope;
        this.problems = problems;
    }

    Set<String> names() {
        return names;
    }

    @Nullable Node parse() {
        if (peek().kind() == Kind.END) {
            problems.add(ExprProblem.of(0, 0, "expr.empty"));
            return null;
        }
        Node node = or();
        // An ERROR token was reported by the lexer already; a second message would only repeat it.
        if (peek().kind() != Kind.END && peek().kind() != Kind.ERROR) {
            Token t = peek();
            problems.add(ExprProblem.of(t.offset(), t.length(), "expr.unexpected", t.text()));
        }
        return node;
    }

    private @Nullable Node or() {
        Node left = and();
        while (peek().is(Kind.KEYWORD, "or")) {
            Token op = next();
            left = logic(false, op, left, and());
        }
        return left;
    }

    private @Nullable Node and() {
        Node left = not();
        while (peek().is(Kind.KEYWORD, "and")) {
            Token op = next();
            left = logic(true, op, left, not());
        }
        return left;
    }

    private @Nullable Node logic(boolean and, Token op, @Nullable Node left, @Nullable Node right) {
        if (left == null || right == null) {
            return null;
        }
        boolOperand(left, op);
        boolOperand(right, op);
        return new Node.Logic(and, left, right);
    }

    private @Nullable Node not() {
        if (peek().is(Kind.KEYWORD, "not") && !tokens.get(pos + 1).is(Kind.KEYWORD, "in")) {
            Token t = next();
            if (++depth > MAX_DEPTH) {
                problems.add(ExprProblem.of(t.offset(), t.length(), "expr.tooDeep"));
                return null;
            }
            Node operand = not();
            depth--;
            return operand == null ? null : new Node.Not(boolOperand(operand, t));
        }
        return comparison();
    }

    private @Nullable Node comparison() {
        Token first = peek();
        Node left = primary();
        Token t = peek();
        if (t.kind() == Kind.OPERATOR) {
            next();
            Node right = primary();
            return compare(t, first, left, right);
        }
        boolean negated = t.is(Kind.KEYWORD, "not") && tokens.get(pos + 1).is(Kind.KEYWORD, "in");
        if (t.is(Kind.KEYWORD, "in") || negated) {
            next();
            if (negated) {
                next();
            }
            return in(left, first, negated);
        }
        return left;
    }

    private @Nullable Node compare(Token op, Token leftToken, @Nullable Node left, @Nullable Node right) {
        if (left == null || right == null || left.type == null || right.type == null) {
            return null;
        }
        if (left.type != right.type) {
            problems.add(ExprProblem.of(op.offset(), op.length(), "expr.cannotCompare", left.type.label(),
                    right.type.label(), hintFor(left, right)));
            return null;
        }
        boolean ordering = !op.text().equals("==") && !op.text().equals("!=");
        if (ordering && (left.type == Type.BOOLEAN || left.type == Type.STRING)) {
            problems.add(ExprProblem.of(op.offset(), op.length(), "expr.needsOrdered", op.text(),
                    left.type.label()));
            return null;
        }
        checkAllowed(left, right);
        checkAllowed(right, left);
        return new Node.Compare(op.text(), left, right);
    }

    /** Which hint of {@code expr.compareHint} fits the two sides. */
    private static String hintFor(Node left, Node right) {
        if (left.type == Type.BOOLEAN && right.type == Type.STRING) {
            return "quotedBoolean";
        }
        if (left.type == Type.INTEGER && right.type == Type.STRING) {
            return "quotedNumber";
        }
        return "sameType";
    }

    private void checkAllowed(Node name, Node literal) {
        if (name instanceof Node.Name n && literal instanceof Node.Literal l && l.value instanceof String s) {
            Set<String> allowed = scope.allowedValues(n.name);
            if (!allowed.isEmpty() && !allowed.contains(s)) {
                Token t = literalToken;
                problems.add(ExprProblem.of(t == null ? 0 : t.offset(), t == null ? 0 : t.length(),
                        "expr.notAValue", s, n.name, String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    private @Nullable Node in(@Nullable Node left, Token leftToken, boolean negated) {
        Token open = peek();
        if (open.kind() != Kind.LBRACKET) {
            problems.add(ExprProblem.of(open.offset(), Math.max(1, open.length()), "expr.bracketAfterIn"));
            return null;
        }
        next();
        Set<Object> values = new LinkedHashSet<>();
        List<Node> items = new ArrayList<>();
        while (true) {
            Token t = peek();
            Node item = literal(t);
            if (item == null) {
                problems.add(ExprProblem.of(t.offset(), Math.max(1, t.length()), "expr.listLiteral"));
                skipTo(Kind.RBRACKET);
                return null;
            }
            next();
            literalToken = t;
            if (left != null && left.type != null && item.type != null && item.type != left.type) {
                problems.add(ExprProblem.of(t.offset(), t.length(), "expr.listType", item.type.label(),
                        leftToken.text(), left.type.label()));
            } else if (left != null) {
                checkAllowed(left, item);
            }
            items.add(item);
            values.add(((Node.Literal) item).value);
            Token sep = next();
            if (sep.kind() == Kind.RBRACKET) {
                break;
            }
            if (sep.kind() != Kind.COMMA) {
                problems.add(ExprProblem.of(sep.offset(), Math.max(1, sep.length()), "expr.listSeparator"));
                return null;
            }
        }
        if (left == null || left.type == null || problems.size() > 0 && items.isEmpty()) {
            return null;
        }
        return new Node.In(left, java.util.Collections.unmodifiableSet(values), negated);
    }

    private void skipTo(Kind kind) {
        while (peek().kind() != Kind.END && peek().kind() != kind) {
            next();
        }
        if (peek().kind() == kind) {
            next();
        }
    }

    private @Nullable Node primary() {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            next();
            if (++depth > MAX_DEPTH) {
                problems.add(ExprProblem.of(t.offset(), 1, "expr.tooDeep"));
                skipTo(Kind.END);
                return null;
            }
            Node inner = or();
            depth--;
            Token close = peek();
            if (close.kind() != Kind.RPAREN) {
                // When the inside already failed (e.g. nested too deeply), the missing ')' is its echo, not news.
                if (inner != null) {
                    problems.add(ExprProblem.of(t.offset(), 1, "expr.unclosedParen"));
                }
                return null;
            }
            next();
            return inner;
        }
        if (t.kind() == Kind.NAME) {
            next();
            names.add(t.text());
            Type type = scope.typeOf(t.text()).orElse(null);
            if (type == null) {
                String hint = closest(t.text());
                problems.add(hint != null
                        ? ExprProblem.of(t.offset(), t.length(), "expr.unknownName.close", t.text(), hint)
                        : ExprProblem.of(t.offset(), t.length(), "expr.unknownName", t.text(), prefixes()));
                return new Node.Name(null, t.text(), -1);
            }
            return new Node.Name(type, t.text(), scope.slot(t.text()));
        }
        Node lit = literal(t);
        if (lit != null) {
            next();
            literalToken = t;
            return lit;
        }
        if (t.kind() != Kind.ERROR) {
            problems.add(ExprProblem.of(t.offset(), Math.max(1, t.length()),
                    t.kind() == Kind.END ? "expr.endsEarly" : "expr.unexpectedHere", t.text()));
        }
        if (t.kind() != Kind.END) {
            next();
        }
        return null;
    }

    private static @Nullable Node literal(Token t) {
        return switch (t.kind()) {
            case INTEGER -> new Node.Literal(Type.INTEGER, literalValue(t));
            case STRING -> new Node.Literal(Type.STRING, literalValue(t));
            case DATE -> new Node.Literal(Type.DATE, literalValue(t));
            case KEYWORD -> t.text().equals("true") || t.text().equals("false")
                    ? new Node.Literal(Type.BOOLEAN, Boolean.valueOf(t.text())) : null;
            default -> null;
        };
    }

    private static Object literalValue(Token t) {
        return Objects.requireNonNull(t.value(), "the lexer gives every literal token its value");
    }

    private Node boolOperand(Node operand, Token at) {
        if (operand.type != null && operand.type != Type.BOOLEAN) {
            problems.add(ExprProblem.of(at.offset(), at.length(), "expr.needsBoolean", at.text(),
                    operand.type.label()));
        }
        return operand;
    }

    /** The closest name, also when the prefix is missing or wrong ({@code hasCar} for {@code citizen.hasCar}). */
    private @Nullable String closest(String name) {
        String direct = DidYouMean.closest(name, scope.names()).orElse(null);
        if (direct != null) {
            return direct;
        }
        Map<String, String> byLastPart = new LinkedHashMap<>();
        scope.names().forEach(n -> byLastPart.putIfAbsent(lastPart(n), n));
        return DidYouMean.closest(lastPart(name), byLastPart.keySet()).map(byLastPart::get).orElse(null);
    }

    private static String lastPart(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Where names come from, instead of a list of every name: the prefixes other than {@code citizen.}. */
    private String prefixes() {
        Set<String> prefixes = new TreeSet<>();
        scope.names().forEach(n -> prefixes.add(n.substring(0, n.lastIndexOf('.') + 1)));
        return String.join(", ", prefixes.stream().filter(p -> !p.equals("citizen.")).toList());
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }
}
