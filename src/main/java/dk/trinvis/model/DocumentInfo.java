package dk.trinvis.model;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What every rule-set document carries besides its content: where it is, its kind, and
 * editorial metadata.
 *
 * @param kind       the document's {@code kind:}
 * @param id         the document's id (or code, service, name), for messages
 * @param location   where the document starts
 * @param source     {@code source:}, a citation or URL, or null
 * @param sourceDate {@code sourceDate:}, the date of the newest source that shows the content (an
 *                   undated web page: the day it was read), or null when not given
 * @param reviewBy   {@code reviewBy:}, a date by which an editor must re-check it, or null
 * @param assumption {@code assumption:}, what in the document no source gives and why it was
 *                   chosen, or null when everything is sourced
 * @param lintIgnore lint codes suppressed for this document ({@code lint: {ignore: [...]}})
 */
@NullMarked
public record DocumentInfo(String kind, @Nullable String id, Location location, @Nullable String source,
                           @Nullable LocalDate sourceDate, @Nullable LocalDate reviewBy, @Nullable String assumption,
                           Set<String> lintIgnore) {
    /** Copies the set so the record stays immutable. */
    public DocumentInfo {
        lintIgnore = Set.copyOf(lintIgnore);
    }
}
