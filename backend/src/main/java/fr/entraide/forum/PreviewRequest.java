package fr.entraide.forum;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PreviewRequest(@NotNull @Size(max = Posts.MAX_BODY) String body) {
}
