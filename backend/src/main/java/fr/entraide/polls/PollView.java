package fr.entraide.polls;

import fr.entraide.groups.UserRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record PollView(long id, String group, String title, String description, UserRef author, Instant closesAt,
                       boolean closed, Long chosenOptionId, Long createdMeetingId, Long createdWorkshopId,
                       long voters, List<OptionView> options, boolean canClose,
                       @Schema(description = "En fermant, l'appelant peut faire de la date retenue une rencontre") boolean canCreateMeeting,
                       @Schema(description = "En fermant, l'appelant peut faire de la date retenue un atelier") boolean canCreateWorkshop,
                       Instant createdAt) {
}
