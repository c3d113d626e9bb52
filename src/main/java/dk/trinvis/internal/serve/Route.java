package dk.trinvis.internal.serve;

import java.util.List;

/**
 * The routes the service answers, with their path templates as metrics and logs name them.
 * A path that matches no template is {@link #UNMATCHED}, so arbitrary paths never become labels.
 */
enum Route {
    DECISIONS("/v1/decisions", "POST"),
    GUIDE("/v1/guides/{service}", "GET"),
    SERVICES("/v1/services", "GET"),
    MUNICIPALITIES("/v1/municipalities", "GET"),
    FACTS("/v1/facts", "GET"),
    HELP_OFFERS("/v1/help-offers", "GET"),
    OPENAPI("/v1/openapi.json", "GET"),
    HEALTHZ("/healthz", "GET"),
    READYZ("/readyz", "GET"),
    METRICS("/metrics", "GET"),
    UNMATCHED("unmatched", "");

    private final String template;
    private final String method;

    Route(String template, String method) {
        this.template = template;
        this.method = method;
    }

    String template() {
        return template;
    }

    /** The methods allowed, HEAD with every GET. */
    List<String> methods() {
        return method.equals("GET") ? List.of("GET", "HEAD") : List.of(method);
    }

    /** The route of a raw (still percent-encoded) path. */
    static Route of(String rawPath) {
        if (rawPath.startsWith("/v1/guides/") && rawPath.indexOf('/', "/v1/guides/".length()) < 0
                && rawPath.length() > "/v1/guides/".length()) {
            return GUIDE;
        }
        for (Route r : values()) {
            if (r != GUIDE && r.template.equals(rawPath)) {
                return r;
            }
        }
        return UNMATCHED;
    }
}
