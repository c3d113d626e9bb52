package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;

/** The root of every exception Trinvis throws on purpose. Unchecked. */
@NullMarked
public class TrinvisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for a human. */
    public TrinvisException(String message) {
        super(message);
    }

    /** An exception with a message for a human and its cause. */
    public TrinvisException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The message for a human: never null, as every constructor takes one; code that is not
     * null-checked and passes null anyway gets the exception's name, not a second exception.
     */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return message != null ? message : getClass().getName();
    }
}
