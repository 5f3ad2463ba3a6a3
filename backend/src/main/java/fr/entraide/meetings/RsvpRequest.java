package fr.entraide.meetings;

import jakarta.validation.constraints.NotNull;

public record RsvpRequest(@NotNull RsvpResponse response) {
}
