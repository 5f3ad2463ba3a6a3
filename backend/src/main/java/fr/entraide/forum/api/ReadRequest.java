package fr.entraide.forum.api;

import jakarta.validation.constraints.NotNull;

public record ReadRequest(@NotNull Long lastReadPostId) {
}
