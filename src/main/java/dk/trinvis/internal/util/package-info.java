/**
 * The bottom leaf of Trinvis: small helpers every other package may share (did-you-mean hints,
 * Markdown literal escaping, the rule-name vocabulary, Copenhagen time). Imports nothing else of
 * Trinvis, so it can never be part of a cycle.
 *
 * <p>Internal to Trinvis: not exported by the module, not a supported API.
 */
@NullMarked
package dk.trinvis.internal.util;

import org.jspecify.annotations.NullMarked;
