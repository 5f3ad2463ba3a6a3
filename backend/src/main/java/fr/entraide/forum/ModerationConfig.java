package fr.entraide.forum;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Moderation settings (APP_MODERATION_HIDE_THRESHOLD). */
@ConfigMapping(prefix = "app.moderation")
public interface ModerationConfig {

    /** A post reported by this many distinct members is hidden until a coordinator reviews it. */
    @WithDefault("3")
    int hideThreshold();
}
