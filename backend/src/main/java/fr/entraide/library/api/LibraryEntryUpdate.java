package fr.entraide.library.api;

import fr.entraide.library.Licence;
import fr.entraide.library.LibraryKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Changes to a library entry: absent fields stay as they are; url "" and fileId 0 remove the link and the file. */
public record LibraryEntryUpdate(
        @Size(max = 300) String title,
        LibraryKind kind,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> authors,
        @Min(1000) @Max(2100) Integer year,
        @Size(max = 2000) String url,
        @Size(max = 5000) String summary,
        @Schema(description = "0 : retirer le fichier joint") Long fileId,
        Licence licence,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> themes,
        Boolean openAccess,
        @Size(max = 50) List<@NotNull Long> actionIds,
        @Size(max = 50) List<@NotNull Long> placeIds,
        @NotNull Long version) {
}
