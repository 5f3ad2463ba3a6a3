package fr.entraide.roadmap.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.roadmap.ActionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ActionView(long id, long axisId, String title, String description, ActionStatus status, int position,
                         LocalDate targetDate, List<UserRef> volunteers, Long threadId, Instant updatedAt, long version) {
}
