/**
 * A local preview server for rule-set editors (on Jetty, loopback only): renders any
 * service, municipality and persona with the HTML renderer and reloads on every saved edit.
 *
 * <p>Not exported by the module: started by the CLI's {@code preview} command.
 */
@NullMarked
package dk.trinvis.internal.preview;

import org.jspecify.annotations.NullMarked;
