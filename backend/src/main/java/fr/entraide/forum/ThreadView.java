package fr.entraide.forum;

import fr.entraide.accounts.UserSummary;
import fr.entraide.groups.GroupRef;

import java.time.Instant;

public record ThreadView(long id, String title, GroupRef group, CategoryRef category, UserSummary author,
                         Instant createdAt, Instant lastPostAt, int replyCount, boolean pinned, boolean locked,
                         long version, WatchLevel subscription, Long lastReadPostId,
                         ThreadCan can) {
}
