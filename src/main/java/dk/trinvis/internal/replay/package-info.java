/**
 * Replaying archived decisions: reading decisions and receipts as JSON Lines, deciding them
 * again, comparing answers, and telling which requests a rule-set change can touch.
 *
 * <p>Internal to Trinvis: use {@link dk.trinvis.check.Replay}.
 */
@NullMarked
package dk.trinvis.internal.replay;

import org.jspecify.annotations.NullMarked;
