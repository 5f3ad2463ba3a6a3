package fr.entraide.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer of the backend: the API, the ops pages and, once it serves it, the SPA. One
 * Content-Security-Policy without inline scripts (Vite builds external module scripts), except Swagger UI, whose
 * page starts itself with an inline script; no framing anywhere; HSTS only when the request came over https.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The SPA and the API: scripts, styles, fonts and calls from our own origin only; images also over https, for the
     * map tiles of the directory of places, whose server is configurable (OpenStreetMap's by default).
     */
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob: https:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Swagger UI's page configures itself with an inline script and inline styles. */
    static final String SWAGGER_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::apply, 100);
    }

    static void apply(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = context.response().headers();
        String path = request.path();
        headers.set("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (overHttps(request)) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        context.next();
    }

    /** TLS here, or at the proxy in front of us (the first hop's X-Forwarded-Proto). */
    static boolean overHttps(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null && forwarded.split(",")[0].strip().equalsIgnoreCase("https");
    }
}
