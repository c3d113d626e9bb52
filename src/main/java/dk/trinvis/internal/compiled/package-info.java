/**
 * A loaded rule set in the form the engine and the linter use: the records with their
 * {@code when:} expressions and opening hours compiled once by the loader, the scopes those
 * expressions are checked against, how a value fits a fact, and the problem collector.
 *
 * <p>Internal to Trinvis: not exported by the module, not a supported API.
 */
@NullMarked
package dk.trinvis.internal.compiled;

import org.jspecify.annotations.NullMarked;
