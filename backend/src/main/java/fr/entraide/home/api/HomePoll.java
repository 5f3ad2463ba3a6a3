package fr.entraide.home.api;

import fr.entraide.groups.api.GroupRef;

import java.time.Instant;

public record HomePoll(long id, GroupRef group, String title, Instant closesAt) {
}
