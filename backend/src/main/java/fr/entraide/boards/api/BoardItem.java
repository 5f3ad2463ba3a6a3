package fr.entraide.boards.api;

import fr.entraide.boards.BoardStatus;

import java.time.Instant;

/** A board in its group's list. */
public record BoardItem(long id, String title, String question, BoardStatus status, Long meetingId, Long workshopId,
                        long cards, Instant createdAt, Instant closedAt) {
}
