/**
 * {@code trinvis serve}: a stateless HTTP decision service for portals not written in Java.
 * Built on the JDK's own HTTP server with a bounded executor, so the library gains no server
 * dependency; decisions and guides are byte for byte what {@link dk.trinvis.RuleSet} returns.
 * Start it with {@link dk.trinvis.serve.DecisionServer#start(ServerOptions, java.io.PrintStream)}.
 */
package dk.trinvis.serve;
