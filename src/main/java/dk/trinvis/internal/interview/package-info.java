/**
 * Interviews and life-event journeys: which page to ask next (one fact, or a group of yes/no
 * facts) so that the fewest pages are expected to settle a decision and its guide, and the services
 * of a life event worked through together with one shared interview. Internal: use it through
 * {@code dk.trinvis.RuleSet}.
 */
@NullMarked
package dk.trinvis.internal.interview;

import org.jspecify.annotations.NullMarked;
