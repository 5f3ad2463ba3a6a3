package fr.entraide.library.api;

import fr.entraide.accounts.api.UserSummary;
import fr.entraide.files.api.FileView;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.library.LibraryCan;
import fr.entraide.library.LibraryKind;
import fr.entraide.library.Licence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A library entry. */
public record LibraryEntryView(
        long id,
        GroupRef group,
        String title,
        LibraryKind kind,
        List<String> authors,
        Integer year,
        String url,
        String summary,
        @Schema(description = "Le fichier joint (absent s'il n'y en a pas ou s'il a été retiré)") FileView file,
        Licence licence,
        @Schema(description = "Nom de la licence, tel qu'il s'affiche") String licenceLabel,
        @Schema(description = "Texte de la licence") String licenceUrl,
        List<String> themes,
        @Schema(description = "En accès libre : l'entrée est publique, avec sa licence, même dans un groupe privé") boolean openAccess,
        List<Long> actionIds,
        List<Long> placeIds,
        @Schema(description = "Le fil de discussion de l'entrée (rubrique « publications »)") Long threadId,
        UserSummary addedBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        LibraryCan can) {
}
