package dk.trinvis.internal.serve;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A server on a free loopback port with the bundled rules, for one test class; its log is dropped. */
final class ServedRules implements BeforeAllCallback, AfterAllCallback {
    private DecisionServer server;
    private Client client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = DecisionServer.start(ServerOptions.defaults(0), new PrintStream(OutputStream.nullOutputStream()));
        client = new Client(server.uri());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    Client client() {
        return client;
    }

    int port() {
        return server.uri().getPort();
    }
}
