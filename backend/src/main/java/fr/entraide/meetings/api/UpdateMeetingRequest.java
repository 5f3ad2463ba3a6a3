package fr.entraide.meetings.api;

import fr.entraide.common.json.MultiLine;
import fr.entraide.meetings.MeetingKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** PATCH semantics; {@code version} is required (409 when stale). */
public record UpdateMeetingRequest(@Size(min = 1, max = 200) String title, @MultiLine @Size(max = 8000) String description,
                                   MeetingKind kind, Instant startsAt, Instant endsAt, String timezone,
                                   @Size(max = 500) String onlineUrl, @Size(max = 300) String location,
                                   Integer capacity, @NotNull Long version) {
}
