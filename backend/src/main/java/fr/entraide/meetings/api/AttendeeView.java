package fr.entraide.meetings.api;

import java.time.Instant;

public record AttendeeView(long userId, String displayName, RsvpResponse response, Instant respondedAt) {
}
