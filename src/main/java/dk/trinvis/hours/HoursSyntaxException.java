package dk.trinvis.hours;

import dk.trinvis.model.TrinvisException;
import java.util.ArrayList;
import java.util.List;

/** An opening-hours text that cannot be read, with where in the text and how to fix it. */
public final class HoursSyntaxException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String hint;
    /** Problems found further on in the same text, after this one. */
    private final transient List<HoursSyntaxException> later = new ArrayList<>();
    /** The phrase-book key of the message, or null for English only. */
    private final String phrase;
    private final List<String> args;

    /** A problem at a 0-based character offset of the text. */
    public HoursSyntaxException(int offset, String message, String hint) {
        this(offset, message, hint, null, List.of());
    }

    /** A problem whose message the phrase books hold under {@code phrase}, with its slot values. */
    public HoursSyntaxException(int offset, String message, String hint, String phrase, List<String> args) {
        super(message);
        this.phrase = phrase;
        this.args = List.copyOf(args);
        this.offset = offset;
        this.hint = hint;
    }

    /** 0-based offset of the problem in the text. */
    public int offset() {
        return offset;
    }

    /** This problem and every later one in the same text, in order. */
    public List<HoursSyntaxException> all() {
        List<HoursSyntaxException> all = new ArrayList<>(List.of(this));
        all.addAll(later);
        return List.copyOf(all);
    }

    /** Adds a problem found further on in the same text. */
    void also(HoursSyntaxException next) {
        later.add(next);
    }

    /** The phrase-book key of the message, or null when it is in English only. */
    public String phrase() {
        return phrase;
    }

    /** The values of the phrase's slots. */
    public List<String> args() {
        return args;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }
}
