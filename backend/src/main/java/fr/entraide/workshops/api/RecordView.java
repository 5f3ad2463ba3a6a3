package fr.entraide.workshops.api;

import fr.entraide.accounts.api.UserRef;

import java.time.Instant;
import java.util.List;

public record RecordView(long workshopId, String summary, List<String> insights, String actionPlan, UserRef updatedBy,
                         Instant updatedAt, long version) {
}
