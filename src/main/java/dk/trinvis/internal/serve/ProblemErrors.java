package dk.trinvis.internal.serve;

import dk.trinvis.RuleSetHolder;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before the API sees a request (a malformed request line, headers over the
 * limit, a URI too long) answered like every other error: a problem document, counted and logged.
 */
final class ProblemErrors implements Request.Handler {
    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final ServiceLog log;

    ProblemErrors(RuleSetHolder holder, Metrics metrics, ServiceLog log) {
        this.holder = holder;
        this.metrics = metrics;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s
                : response.getStatus() >= 400 ? response.getStatus() : 500;
        Exchange exchange = new Exchange(request, response, callback, holder.current());
        String detail = switch (status) {
            case 400 -> "the request is not valid HTTP/1.1";
            case 414 -> "the request target is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "the HTTP version is not supported";
            default -> "the request could not be read";
        };
        String code = status == 500 ? "internal-error" : status == 400 ? "invalid-request" : "bad-message";
        exchange.send(Api.problem(HttpProblem.of(status, code, "The request could not be read", detail)), metrics, log);
        return true;
    }
}
