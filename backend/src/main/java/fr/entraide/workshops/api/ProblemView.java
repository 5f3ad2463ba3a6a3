package fr.entraide.workshops.api;

import fr.entraide.accounts.api.UserRef;

import java.time.Instant;

public record ProblemView(long id, UserRef owner, String title, String description, long votes, boolean votedByMe,
                          boolean chosen, Instant createdAt) {
}
