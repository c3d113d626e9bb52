/**
 * The Trinvis facade: load a {@link dk.trinvis.RuleSet} (a folder of YAML or the bundled Danish
 * set), then ask it which channel a citizen uses for a service and how, step by step.
 *
 * <p>Everything a rule set gets wrong is reported at once as a {@link dk.trinvis.model.RuleSetException}
 * whose {@link dk.trinvis.model.Problem}s carry file, line and column. The request and result
 * types live in {@code dk.trinvis.model}: this package is the top of the library, and nothing
 * inside Trinvis depends on it except the tools built on the facade (check, preview, the CLI).
 */
@NullMarked
package dk.trinvis;

import org.jspecify.annotations.NullMarked;
