package fr.entraide.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real SMTP server for the tests, on the port the test profile's mailer uses; it can be stopped to simulate an outage. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = 3025;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        startSmtp();
        return Map.of();
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
