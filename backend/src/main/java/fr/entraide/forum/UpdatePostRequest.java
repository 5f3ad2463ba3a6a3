package fr.entraide.forum;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record UpdatePostRequest(@MultiLine @NotBlank @Size(max = Posts.MAX_BODY) String body, @NotNull Long version) {
}
