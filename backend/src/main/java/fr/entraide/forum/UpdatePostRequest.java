package fr.entraide.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record UpdatePostRequest(@NotBlank @Size(max = Posts.MAX_BODY) String body, @NotNull Long version) {
}
