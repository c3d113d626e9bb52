/**
 * {@code trinvis serve}: a stateless HTTP decision service for portals not written in Java.
 * Runs on Jetty ({@link dk.trinvis.internal.http}), which the CLI jar carries and the library
 * does not require; decisions and guides are what {@link dk.trinvis.RuleSet} returns.
 *
 * <p>Not exported by the module: started by the CLI's {@code serve} command, and used over HTTP
 * as its OpenAPI document describes (docs/server.md).
 */
@NullMarked
package dk.trinvis.internal.serve;

import org.jspecify.annotations.NullMarked;
