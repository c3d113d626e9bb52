package dk.trinvis.internal.hours;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.TrinvisException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An opening-hours text that cannot be read, with where in the text and how to fix it. The
 * message is a phrase of the phrase books, so an editor reads it in Danish or English;
 * {@link #getMessage()} and {@link #hint()} give the English.
 */
public final class HoursSyntaxException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    /** Problems found further on in the same text, after this one. */
    private final transient List<HoursSyntaxException> later = new ArrayList<>();
    private final String key;
    private final List<String> args;

    /** A problem at a 0-based character offset of the text, said by a phrase of the phrase books. */
    public HoursSyntaxException(int offset, Phrase phrase) {
        super(phrase.key());
        this.key = phrase.key();
        this.args = List.copyOf(phrase.args());
        this.offset = offset;
    }

    /** What is wrong, in English. */
    @Override
    public String getMessage() {
        return phrase().message(Language.EN);
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

    /** The message and hint in the phrase books. */
    public Phrase phrase() {
        return new Phrase(key, args);
    }

    /** How to fix it, in English, or null. */
    public @Nullable String hint() {
        return phrase().hint(Language.EN);
    }
}
