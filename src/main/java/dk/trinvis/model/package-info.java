/**
 * The records that go in and out of Trinvis, and the exceptions it throws.
 *
 * <ul>
 *   <li>The rule set, read-only: facts, areas, services with their dated mandatory-digital
 *       periods, municipalities and their local policies, exemption grounds, assist rules, help
 *       offers, outages, guides, life events and tests. Produced by {@link dk.trinvis.RuleSet#load},
 *       never by hand-written YAML binding in client code; every record carries the
 *       {@link dk.trinvis.model.Location} it was read from, so traces and lint can point at it.</li>
 *   <li>A question and its answers: {@link dk.trinvis.model.DecisionRequest},
 *       {@link dk.trinvis.model.Decision} and {@link dk.trinvis.model.ResolvedGuide}.</li>
 *   <li>The one exception family, rooted at {@link dk.trinvis.model.TrinvisException}: a rule set
 *       that cannot load ({@link dk.trinvis.model.RuleSetException}, every
 *       {@link dk.trinvis.model.Problem} with file:line:column) and a request the rule set cannot
 *       answer ({@link dk.trinvis.model.RequestException}, with the field, value and suggestion).</li>
 * </ul>
 *
 * <p>The bottom of the exported API: it imports no other package of Trinvis's API, so the
 * facade in {@code dk.trinvis}, the engine and the loader can all depend on it without a cycle.
 */
@NullMarked
package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
