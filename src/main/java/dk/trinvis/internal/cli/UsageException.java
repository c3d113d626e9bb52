package dk.trinvis.internal.cli;

import dk.trinvis.model.TrinvisException;

/** A request the CLI cannot carry out as written; exits with code 2 and a one-line message. */
final class UsageException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
