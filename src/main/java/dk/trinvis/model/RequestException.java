package dk.trinvis.model;

/** A request names something the rule set does not have, or gives a fact a value of the wrong type. */
public final class RequestException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    /** An exception with a one-line message, hint included. */
    public RequestException(String message) {
        super(message);
    }
}
