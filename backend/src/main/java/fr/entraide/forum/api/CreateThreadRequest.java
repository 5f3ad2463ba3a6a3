package fr.entraide.forum.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.forum.Posts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateThreadRequest(
        @NotBlank @Schema(description = "Slug de la rubrique", examples = "vie-du-groupe") String category,
        @NotBlank @Size(max = 200) @Schema(examples = "Séance de retrouvailles le 14 novembre") String title,
        @MultiLine @NotBlank @Size(max = Posts.MAX_BODY) @Schema(description = "Markdown", examples = "Bonjour à toutes et tous,\n\n- **ordre du jour**…") String body) {
}
