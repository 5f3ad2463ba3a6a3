package fr.entraide.workshops.api;

import fr.entraide.common.json.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

public record SeriesRequest(
        @NotBlank @Size(max = 190) String title,
        @MultiLine @Size(max = 8000) String description,
        Integer capacity,
        @Size(max = 500) String onlineUrl,
        @NotEmpty @Size(max = 12) List<@Valid @NotNull Slot> slots) {

    public record Slot(@NotNull Instant startsAt, @NotNull Instant endsAt) {
    }
}
