package fr.entraide.polls;

import fr.entraide.accounts.UserRef;

import java.time.Instant;
import java.util.List;

public record PollView(long id, String group, String title, String description, UserRef author, Instant closesAt,
                       boolean closed, Long chosenOptionId, Long createdMeetingId, Long createdWorkshopId,
                       long voters, List<OptionView> options, PollCan can, Instant createdAt) {
}
