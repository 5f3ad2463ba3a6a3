package fr.entraide.polls.api;

import fr.entraide.meetings.MeetingKind;
import fr.entraide.common.json.MultiLine;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClosePollRequest(
        @Schema(description = "L'option retenue") Long chosenOptionId,
        @Schema(description = "MEETING ou WORKSHOP : transformer l'option datée retenue, en invitant ceux qui ont répondu oui") Outcome createAs,
        @Schema(description = "Pour une rencontre, REUNION par défaut") MeetingKind kind,
        @Schema(description = "Lien de visio de la rencontre ou de l'atelier") String onlineUrl,
        @Size(max = 200) @Schema(description = "Titre de la rencontre ou de l'atelier ; celui du sondage s'il est vide") String title,
        @MultiLine @Size(max = 8000) @Schema(description = "Description ; celle du sondage si absente") String description,
        @Schema(description = "Rencontre : inscrire comme venant (réponse « oui ») celles et ceux qui ont voté oui à la date retenue") Boolean yesVotersComing) {

    public enum Outcome { MEETING, WORKSHOP }
}
