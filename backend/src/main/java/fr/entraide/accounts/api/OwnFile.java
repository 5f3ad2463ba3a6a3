package fr.entraide.accounts.api;

import java.time.Instant;

/** A file the account uploaded, as its data export lists it. */
public record OwnFile(long id, String groupSlug, String name, String contentType, long size, String url,
                      Instant uploadedAt, Instant removedAt) {
}
