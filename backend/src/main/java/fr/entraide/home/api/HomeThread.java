package fr.entraide.home.api;

import fr.entraide.groups.api.GroupRef;

import java.time.Instant;

public record HomeThread(long id, GroupRef group, String title, Instant lastPostAt, int unread) {
}
