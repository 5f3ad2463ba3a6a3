package fr.entraide.meetings.api;

import jakarta.validation.constraints.NotNull;

public record RsvpRequest(@NotNull RsvpResponse response) {
}
