package fr.entraide.library.api;

import fr.entraide.library.Licence;
import fr.entraide.library.LibraryKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new library entry. */
public record LibraryEntryRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull LibraryKind kind,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> authors,
        @Min(1000) @Max(2100) Integer year,
        @Size(max = 2000) String url,
        @Size(max = 5000) String summary,
        Long fileId,
        @NotNull Licence licence,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> themes,
        Boolean openAccess,
        @Size(max = 50) List<@NotNull Long> actionIds,
        @Size(max = 50) List<@NotNull Long> placeIds) {
}
