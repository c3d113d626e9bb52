package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A rule that, when it holds, turns a digital channel from self-service into assisted
 * (medbetjening, hotline, library, volunteers).
 *
 * @param id       the rule's id
 * @param title    its name
 * @param when     the condition on citizen facts
 * @param validity when it is in force
 * @param legal    its basis, or null
 * @param location where it is declared
 */
@NullMarked
public record AssistRule(String id, Text title, Condition when, Period validity, @Nullable Legal legal, Location location) {
}
