package fr.entraide.common.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the client, from the connection. Behind a reverse proxy Quarkus puts the forwarded one there, but
 * only when quarkus.http.proxy.proxy-address-forwarding is on: otherwise X-Forwarded-For is ignored, as anyone can
 * send it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
