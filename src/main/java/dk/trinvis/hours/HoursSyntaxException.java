package dk.trinvis.hours;

import dk.trinvis.model.TrinvisException;

/** An opening-hours text that cannot be read, with where in the text and how to fix it. */
public final class HoursSyntaxException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String hint;

    /** A problem at a 0-based character offset of the text. */
    public HoursSyntaxException(int offset, String message, String hint) {
        super(message);
        this.offset = offset;
        this.hint = hint;
    }

    /** 0-based offset of the problem in the text. */
    public int offset() {
        return offset;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }
}
