package fr.entraide.workshops;

import fr.entraide.accounts.UserRef;

import java.time.Instant;
import java.util.List;

public record RecordView(long workshopId, String summary, List<String> insights, String actionPlan, UserRef updatedBy,
                         Instant updatedAt, long version) {
}
