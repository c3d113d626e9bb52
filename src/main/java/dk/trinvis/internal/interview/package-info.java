/**
 * Interviews and life-event journeys: which one question to ask next so that the fewest
 * questions settle a decision and its guide, and the services of a life event worked through
 * together with one shared interview. Internal: use it through {@code dk.trinvis.RuleSet}.
 */
@NullMarked
package dk.trinvis.internal.interview;

import org.jspecify.annotations.NullMarked;
