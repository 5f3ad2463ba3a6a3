package fr.entraide.forum.api;

import fr.entraide.accounts.api.UserSummary;
import fr.entraide.forum.ThreadCan;
import fr.entraide.forum.WatchLevel;
import fr.entraide.groups.api.GroupRef;

import java.time.Instant;

public record ThreadView(long id, String title, GroupRef group, CategoryRef category, UserSummary author,
                         Instant createdAt, Instant lastPostAt, int replyCount, boolean pinned, boolean locked,
                         long version, WatchLevel subscription, Long lastReadPostId,
                         ThreadCan can) {
}
