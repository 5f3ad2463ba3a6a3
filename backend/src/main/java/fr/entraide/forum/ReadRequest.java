package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;

public record ReadRequest(@NotNull Long lastReadPostId) {
}
