/**
 * The small {@code when:} expression language of Trinvis rule sets: parse, type-check,
 * evaluate with three-valued logic. Internal to Trinvis: not part of the supported API.
 */
@NullMarked
package dk.trinvis.internal.expr;

import org.jspecify.annotations.NullMarked;
