/**
 * The HTTP plumbing {@code trinvis serve} and {@code trinvis preview} share: an embedded Jetty 12
 * server whose connections are read by a selector rather than a thread each, with limits on
 * threads, connections, header size and the time a request may take to arrive, so a slow or
 * stalled client costs a socket, not a worker (issue #27). Imports nothing of Trinvis.
 *
 * <p>Internal to Trinvis: not exported by the module, not a supported API.
 */
@NullMarked
package dk.trinvis.internal.http;

import org.jspecify.annotations.NullMarked;
