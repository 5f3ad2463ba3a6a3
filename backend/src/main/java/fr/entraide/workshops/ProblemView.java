package fr.entraide.workshops;

import fr.entraide.accounts.UserRef;

import java.time.Instant;

public record ProblemView(long id, UserRef owner, String title, String description, long votes, boolean votedByMe,
                          boolean chosen, Instant createdAt) {
}
