/**
 * Channel-shift insight from decision events: the JSON Lines event log that {@code trinvis serve
 * --events} writes (rotated by size), and {@code trinvis report}, which streams event files
 * (plain or gzip) through fixed-size tallies and writes the self-service share against a target,
 * the grounds behind each alternative, citizens sent to help that was closed or whose hours are
 * unknown by weekday and hour, and where interviews stop, as text, CSV, JSON or an HTML page
 * with SVG charts drawn on the server. Every count under {@link dk.trinvis.internal.insight.Cells#THRESHOLD}
 * is shown as "&lt; 10" in every format.
 *
 * <p>Reads events only as JSON: it imports the model (the event record it writes) and the leaf,
 * never the engine, so a report needs no rule set. Not exported: the CLI and the server are its
 * users; the event format itself is public ({@link dk.trinvis.model.DecisionEvent} and its JSON
 * Schema, {@code decision-event.schema.json} beside this package's classes).
 */
@NullMarked
package dk.trinvis.internal.insight;

import org.jspecify.annotations.NullMarked;
