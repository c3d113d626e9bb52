package dk.trinvis.model;

import java.util.Objects;
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

    /** The message for a human: never null, as every constructor takes one. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "made with a message");
    }
}
