package fr.entraide.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.regex.Pattern;

/** Request body limits of {@link BodyLimit} (APP_HTTP_*). */
@ConfigMapping(prefix = "app.http")
public interface HttpLimitsConfig {

    /** Largest body of an ordinary request (JSON); beyond, 413 before it is read. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Paths that take large bodies (uploads), up to {@code quarkus.http.limits.max-body-size}. */
    @WithDefault("$^")
    Pattern largeBodyPaths();
}
