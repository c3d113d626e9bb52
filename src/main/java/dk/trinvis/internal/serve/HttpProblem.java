package dk.trinvis.internal.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.trinvis.model.RequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document, the body of every error response.
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong with this request, the library's own message where it has one
 * @param code   the stable, machine-readable kind, the last part of {@code type}
 * @param field  the request field that was wrong (e.g. {@code service}, {@code facts.age}), or absent
 * @param hint   a did-you-mean or how-to-fix hint, or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "field", "hint"})
record HttpProblem(String type, String title, int status, String detail, String code, @Nullable String field,
                   @Nullable String hint) {
    /** The media type of problem documents. */
    static final String MEDIA_TYPE = "application/problem+json";
    /** Where the problem types are named. */
    static final String TYPE_BASE = "https://trinvis.dk/problems/";

    private static final Pattern TRAILING_HINT = Pattern.compile("\\((did you mean '[^']*'\\?)\\)$");

    static HttpProblem of(int status, String code, String title, String detail) {
        Matcher m = TRAILING_HINT.matcher(detail);
        String hint = m.find() ? m.group(1) : null;
        return new HttpProblem(TYPE_BASE + code, title, status, detail, code, null, hint);
    }

    /** The library's request errors: its message unchanged, a code by the field it names, and its suggestion. */
    static HttpProblem fromLibrary(RequestException e) {
        String field = e.field() == null ? "" : e.field();
        boolean unknown = e.getMessage().startsWith("unknown ");
        int status = 400;
        String code;
        String title;
        if (field.startsWith("facts.")) {
            code = "bad-fact-value";
            title = "A fact has a value it cannot take";
        } else if (field.equals("facts")) {
            code = "unknown-fact";
            title = "Unknown fact";
        } else if (field.equals("municipality")) {
            code = "unknown-municipality";
            title = "Unknown municipality";
        } else if (field.equals("service") && unknown) {
            code = "unknown-service";
            title = "Unknown service";
        } else if (field.equals("service")) {
            code = "no-guide";
            title = "The service has no guide";
            status = 404;
        } else {
            code = "request-rejected";
            title = "The rule set cannot answer this request";
        }
        String hint = e.suggestion() == null ? null
                : unknown ? "did you mean '" + e.suggestion() + "'?" : e.suggestion();
        String detail = e.getMessage().length() > 1000 ? Params.clip(e.getMessage()) : e.getMessage();
        return new HttpProblem(TYPE_BASE + code, title, status, detail, code,
                e.field(), hint == null ? null : Params.clip(hint));
    }

    /** Thrown by handlers to answer with this problem; carries no stack trace, it is not a bug. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HttpProblem problem;

        Failure(int status, String code, String title, String detail) {
            this(HttpProblem.of(status, code, title, detail));
        }

        Failure(HttpProblem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        HttpProblem problem() {
            return problem;
        }
    }

    static Failure badRequest(String detail) {
        return new Failure(400, "invalid-request", "The request is not valid", detail);
    }

    /** A 400 about one request field ({@code municipality}, {@code facts.age}), which the problem names. */
    static Failure badRequest(String detail, String field) {
        HttpProblem p = of(400, "invalid-request", "The request is not valid", detail);
        return new Failure(new HttpProblem(p.type(), p.title(), p.status(), p.detail(), p.code(), field, p.hint()));
    }
}
