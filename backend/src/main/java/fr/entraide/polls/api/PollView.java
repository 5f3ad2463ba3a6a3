package fr.entraide.polls.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.polls.PollCan;

import java.time.Instant;
import java.util.List;

public record PollView(long id, String group, String title, String description, UserRef author, Instant closesAt,
                       boolean closed, Long chosenOptionId, Long createdMeetingId, Long createdWorkshopId,
                       long voters, List<OptionView> options, PollCan can, Instant createdAt) {
}
