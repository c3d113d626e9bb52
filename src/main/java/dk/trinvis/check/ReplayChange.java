package dk.trinvis.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One part of an answer that differs.
 *
 * @param field  {@code requirement}, {@code until}, {@code channel}, {@code alternative}, {@code grounds},
 *               {@code authority}, {@code help} or {@code missingFacts}
 * @param before what the archived (or old) answer said: a string, a list of ids, or null
 * @param after  what the answer says now
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReplayChange(String field, @Nullable Object before, @Nullable Object after) {
}
