package fr.entraide.forum;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PreviewRequest(@MultiLine @NotNull @Size(max = Posts.MAX_BODY) String body) {
}
