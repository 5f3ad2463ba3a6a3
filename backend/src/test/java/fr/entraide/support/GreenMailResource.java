package fr.entraide.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server for the tests, on a free port given to the test profile's mailer; it can be stopped to simulate an outage. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** A free port chosen once per test JVM, so that several suites can run side by side on one machine. */
    private static final int PORT = freePort();
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        startSmtp();
        return Map.of("quarkus.mailer.port", String.valueOf(PORT));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        stopSmtp();
    }

    public static synchronized GreenMail smtp() {
        return server;
    }

    public static synchronized void startSmtp() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void stopSmtp() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
