package fr.entraide.forum.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.forum.Posts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreatePostRequest(
        @MultiLine @NotBlank @Size(max = Posts.MAX_BODY) @Schema(examples = "Merci @Audrey_Beucher, je m'inscris !") String body,
        @Schema(description = "Message du même sujet auquel on répond") Long replyToId) {
}
