/**
 * JSON written as a stream, for answers served many times a second: a decision goes straight from
 * its records to UTF-8 bytes, without the reflection, the tree or the pretty printer of the general
 * writer in {@code internal.util.Json}, and byte for byte what that writer gives in its compact form
 * (a test compares them on every bundled test request). What a rule set prepares at load is
 * written once and copied after that.
 *
 * <p>Internal to Trinvis: not exported by the module, not a supported API.
 */
@NullMarked
package dk.trinvis.internal.json;

import org.jspecify.annotations.NullMarked;
