package fr.entraide.workshops;

import fr.entraide.accounts.api.UserRef;

import java.time.Instant;
import java.util.List;

/** One workshop in the group's shared record. */
public record JournalEntry(long workshopId, String title, Instant startsAt, UserRef facilitator, String problem,
                           UserRef problemOwner, String summary, List<String> insights, String actionPlan) {
}
