package dk.trinvis.internal.expr;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Splits expression text into tokens with their offsets. */
final class Lexer {
    enum Kind { NAME, KEYWORD, INTEGER, STRING, DATE, OPERATOR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, END, ERROR }

    record Token(Kind kind, String text, @Nullable Object value, int offset, int length) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    private static final List<String> KEYWORDS = List.of("and", "or", "not", "in", "true", "false");

    private Lexer() {
    }

    static List<Token> tokens(String s, List<ExprProblem> problems) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
                Kind k = c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : c == '[' ? Kind.LBRACKET
                        : c == ']' ? Kind.RBRACKET : Kind.COMMA;
                out.add(new Token(k, String.valueOf(c), null, i, 1));
                i++;
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                boolean two = i + 1 < s.length() && s.charAt(i + 1) == '=';
                String op = s.substring(i, i + (two ? 2 : 1));
                if (op.equals("=") || op.equals("!")) {
                    problems.add(ExprProblem.of(i, 1, op.equals("=") ? "expr.singleEquals" : "expr.singleBang"));
                    out.add(new Token(Kind.ERROR, op, null, i, 1));
                } else {
                    out.add(new Token(Kind.OPERATOR, op, null, i, op.length()));
                }
                i += op.length();
            } else if (c == '\'' || c == '"') {
                i = string(s, i, out, problems);
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i = number(s, i, out, problems);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                    i++;
                }
                String word = s.substring(start, i);
                out.add(new Token(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.NAME, word, null, start, i - start));
            } else {
                problems.add(ExprProblem.of(i, 1, "expr.unexpectedCharacter", c));
                out.add(new Token(Kind.ERROR, String.valueOf(c), null, i, 1));
                i++;
            }
        }
        out.add(new Token(Kind.END, "", null, s.length(), 0));
        return out;
    }

    private static int string(String s, int start, List<Token> out, List<ExprProblem> problems) {
        char quote = s.charAt(start);
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            if (s.charAt(i) == '\\' && i + 1 < s.length() && "'\"\\".indexOf(s.charAt(i + 1)) >= 0) {
                i++;
            }
            b.append(s.charAt(i));
            i++;
        }
        if (i >= s.length()) {
            problems.add(ExprProblem.of(start, s.length() - start, "expr.unclosedString", quote));
            out.add(new Token(Kind.ERROR, s.substring(start), null, start, s.length() - start));
            return s.length();
        }
        out.add(new Token(Kind.STRING, s.substring(start, i + 1), b.toString(), start, i + 1 - start));
        return i + 1;
    }

    private static int number(String s, int start, List<Token> out, List<ExprProblem> problems) {
        int i = start + 1;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        String text = s.substring(start, i);
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                out.add(new Token(Kind.DATE, text, java.time.LocalDate.parse(text), start, text.length()));
                return i;
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(ExprProblem.of(start, text.length(), "expr.invalidDate", text));
            }
        } else if (text.matches("-?\\d{1,18}")) {
            out.add(new Token(Kind.INTEGER, text, Long.parseLong(text), start, text.length()));
            return i;
        } else {
            problems.add(ExprProblem.of(start, text.length(), "expr.notNumber", text));
        }
        out.add(new Token(Kind.ERROR, text, null, start, text.length()));
        return i;
    }
}
