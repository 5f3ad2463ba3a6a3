package fr.entraide.boards.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.BoardEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One change of a board, as its stream sends it (the SSE id is {@code seq}) and its history lists it. */
public record BoardEventView(long seq, BoardEvent.Kind kind, UserRef actor, Long cardId, Data data, Instant at) {

    /** What the change was: the card after it, and for a move the columns it left and reached. */
    @Schema(name = "BoardEventData")
    public record Data(CardState card, String fromColumn, String toColumn, Long stackId) {
    }

    /** A card as everyone sees it (no votes: they are hidden until revealed, and each one's own). */
    public record CardState(long id, long columnId, String position, String text, String details, UserRef author,
                            Long stackId, Long actionId, Long threadId, long version) {
    }
}
