package fr.entraide.boards.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.BoardStatus;

import java.time.Instant;
import java.util.List;

/** What the board produced, readable by people who were not there: each column's cards, groups, votes; who took part. */
public record BoardSummary(long id, String group, String title, String question, BoardStatus status, Instant createdAt,
                           Instant closedAt, boolean revealed, List<Column> columns, List<UserRef> participants) {

    public record Column(String name, List<Card> cards) {
    }

    /** A card heading its group, with the cards put in it. */
    public record Card(long id, String text, String details, UserRef author, Integer votes, Long actionId, Long threadId,
                       List<Grouped> grouped) {
    }

    public record Grouped(long id, String text, UserRef author, Integer votes) {
    }
}
