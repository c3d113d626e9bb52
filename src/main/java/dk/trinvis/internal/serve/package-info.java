/**
 * {@code trinvis serve}: a stateless HTTP decision service for portals not written in Java.
 * Built on the JDK's own HTTP server with a bounded executor, so the library gains no server
 * dependency; decisions and guides are byte for byte what {@link dk.trinvis.RuleSet} returns.
 *
 * <p>Not exported by the module: started by the CLI's {@code serve} command, and used over HTTP
 * as its OpenAPI document describes (docs/server.md).
 */
package dk.trinvis.internal.serve;
