package fr.entraide.workshops.api;

import fr.entraide.workshops.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The live state of a session, as every participant sees it. */
public record SessionView(
        long workshopId,
        @Schema(description = "Phase en cours, null avant le début") Phase phase,
        Instant phaseStartedAt,
        @Schema(description = "Fin du minuteur de la phase") Instant phaseEndsAt,
        Long chosenProblemId,
        List<PhaseInfo> phases) {

    public record PhaseInfo(Phase phase, int suggestedMinutes) {
    }
}
