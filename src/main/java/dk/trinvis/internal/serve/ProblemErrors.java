package dk.trinvis.internal.serve;

import dk.trinvis.RuleSetHolder;
import org.eclipse.jetty.io.EofException;
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
        int status = cutOff(request) ? 408
                : request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s
                : response.getStatus() >= 400 ? response.getStatus() : 500;
        Exchange exchange = new Exchange(request, response, callback, holder.current());
        String detail = switch (status) {
            case 400 -> "the request is not valid HTTP/1.1";
            case 414 -> "the request target is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "the HTTP version is not supported";
            case 408 -> "the request did not arrive complete within the time limit";
            default -> "the request could not be read";
        };
        String code = switch (status) {
            case 500 -> "internal-error";
            case 400 -> "invalid-request";
            case 408 -> "request-timeout";
            default -> "bad-message";
        };
        exchange.send(Api.problem(HttpProblem.of(status, code, "The request could not be read", detail)), metrics, log);
        return true;
    }

    /**
     * A request whose connection closed before its headers were complete: the request-time sweep
     * cut off a client that trickles, or the client went away. Jetty reports it as an error without
     * a status; it is the client's delay, not the server's fault.
     */
    private static boolean cutOff(Request request) {
        return !request.getConnectionMetaData().getConnection().getEndPoint().isOpen()
                || request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable t
                        && (t instanceof EofException || t.getCause() instanceof EofException);
    }
}
