package fr.entraide.polls.api;

import fr.entraide.meetings.MeetingKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClosePollRequest(
        @Schema(description = "L'option retenue") Long chosenOptionId,
        @Schema(description = "MEETING ou WORKSHOP : transformer l'option datée retenue, en invitant ceux qui ont répondu oui") Outcome createAs,
        @Schema(description = "Pour une rencontre, REUNION par défaut") MeetingKind kind,
        @Schema(description = "Lien de visio de la rencontre ou de l'atelier") String onlineUrl) {

    public enum Outcome { MEETING, WORKSHOP }
}
