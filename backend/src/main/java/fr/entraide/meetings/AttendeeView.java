package fr.entraide.meetings;

import java.time.Instant;

public record AttendeeView(long userId, String displayName, RsvpResponse response, Instant respondedAt) {
}
