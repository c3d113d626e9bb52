/**
 * The rule set as immutable records: facts, areas, services with their dated
 * mandatory-digital periods, municipalities and their local policies, exemption grounds,
 * assist rules, help offers, outages, guides, life events and tests.
 *
 * <p>Read-only for embedders: records are produced by {@link dk.trinvis.RuleSet#load} and
 * never by hand-written YAML binding in client code. Every record carries the
 * {@link dk.trinvis.model.Location} it was read from, so traces and lint can point at it.
 */
package dk.trinvis.model;
