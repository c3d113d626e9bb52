/**
 * Lint rules: what loads but is probably not what the editor meant (unreachable steps, services
 * without guides, hours that never open, untranslated text, overlay references, …), each warning
 * with a stable code and a location. Works on the compiled rule set.
 *
 * <p>Internal to Trinvis: use {@code dk.trinvis.check.Linter} or {@code RuleSet.lint}.
 */
@NullMarked
package dk.trinvis.internal.lint;

import org.jspecify.annotations.NullMarked;
