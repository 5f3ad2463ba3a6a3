package fr.entraide.accounts.api;

import fr.entraide.accounts.Usernames;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RegisterRequest(
        @NotBlank @Email @Size(max = 254) @Schema(examples = "camille.martin@mediatheque-exemple.fr") String email,
        @NotNull @Pattern(regexp = Usernames.PATTERN, message = Usernames.RULE) @Schema(examples = "camille.m") String username,
        @NotNull @Size(min = 10, max = 200) @Schema(examples = "une phrase de passe assez longue") String password,
        @Size(max = 80) @Schema(examples = "Camille Martin") String displayName,
        @Pattern(regexp = "fr|en", message = "{entraide.locale}") @Schema(examples = "fr") String locale) {
}
