package fr.entraide.accounts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PasswordResetConfirmRequest(@NotBlank String token, @NotNull @Size(min = 10, max = 200) String newPassword) {
}
