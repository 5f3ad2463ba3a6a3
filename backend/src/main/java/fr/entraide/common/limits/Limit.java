package fr.entraide.common.limits;

import java.time.Duration;

/**
 * At most {@code max} hits per {@code window} (a fixed window starting at the first hit), and at least
 * {@code cooldown} between two hits (zero: no cool-down).
 */
public record Limit(int max, Duration window, Duration cooldown) {

    public static Limit of(int max, Duration window) {
        return new Limit(max, window, Duration.ZERO);
    }
}
