package dk.trinvis.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What came of one archived decision.
 *
 * @param line         the line of the archive it starts on (1-based)
 * @param status       identical, changed, or could not be replayed
 * @param service      the service id asked about, or null when the line could not be read
 * @param municipality the municipality code, or null
 * @param at           the moment decided for, as archived, or null
 * @param changes      what differs, for a changed answer
 * @param reason       why it could not be replayed, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReplayResult(int line, Status status, @Nullable String service, @Nullable String municipality,
                           @Nullable String at, List<ReplayChange> changes, @Nullable String reason) {

    /** Copies the list so the record stays immutable. */
    public ReplayResult {
        changes = List.copyOf(changes);
    }

    /** What came of a replay. */
    public enum Status {
        /** The same answer. */
        IDENTICAL,
        /** A different answer: see the changes. */
        CHANGED,
        /** It could not be decided again or compared: see the reason. */
        NOT_REPLAYED;

        /** The JSON name: {@code identical}, {@code changed}, {@code not-replayed}. */
        @JsonValue
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
