package dk.trinvis.internal.serve;

import dk.trinvis.internal.util.ControlChars;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;

/**
 * The service's log on standard output: one event a line. Whatever a client or a rule file put into
 * a line (a key with a line break, an escape sequence in a file name) is escaped, so no input can
 * forge a line or drive the terminal that shows the log. Thread-safe, as {@link PrintStream} is.
 */
final class ServiceLog {
    private final PrintStream out;

    ServiceLog(PrintStream out) {
        this.out = out;
    }

    /** Writes one line, its control characters escaped. */
    void line(String text) {
        out.println(escape(text));
    }

    /** Writes a stack trace, each of its lines escaped and indented, for the operator only. */
    void stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(l -> out.println("  " + escape(l)));
    }

    /**
     * The text with line ends, tabs, other C0 and C1 controls, DEL and bidi controls written as
     * {@code \n}, {@code \t} or {@code \}{@code uXXXX}, and backslashes doubled so an escape cannot be forged either.
     */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                b.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return b == null ? text : b.toString();
    }

    private static @Nullable String replacement(char c) {
        if (c == '\\') {
            return "\\\\";
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        return ControlChars.unsafe(c) ? String.format("\\u%04x", (int) c) : null;
    }
}
