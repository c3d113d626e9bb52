/**
 * Reads rule-set YAML into the model: safe parsing (no Java types, bounded aliases, depth and
 * size), binding by declared shapes, cross-checks, and located problems.
 *
 * <p>Internal to Trinvis: public only so Trinvis's own packages can use it; not a supported API.
 */
@NullMarked
package dk.trinvis.internal.yaml;

import org.jspecify.annotations.NullMarked;
