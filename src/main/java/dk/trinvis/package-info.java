/**
 * The Trinvis API: load a {@link dk.trinvis.RuleSet} (a folder of YAML or the bundled Danish
 * set), then ask it which channel a citizen uses for a service and how, step by step.
 *
 * <p>Everything a rule set gets wrong is reported at once as a {@link dk.trinvis.RuleSetException}
 * whose {@link dk.trinvis.Problem}s carry file, line and column.
 */
package dk.trinvis;
