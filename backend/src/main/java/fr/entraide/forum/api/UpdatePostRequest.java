package fr.entraide.forum.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.forum.Posts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record UpdatePostRequest(@MultiLine @NotBlank @Size(max = Posts.MAX_BODY) String body, @NotNull Long version) {
}
