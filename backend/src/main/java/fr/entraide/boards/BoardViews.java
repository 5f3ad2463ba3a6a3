package fr.entraide.boards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.api.BoardEventView;
import fr.entraide.boards.api.BoardSummary;
import fr.entraide.boards.api.BoardView;
import fr.entraide.boards.api.CardView;
import fr.entraide.boards.api.ColumnView;
import fr.entraide.groups.Group;
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one place that assembles the boards' response records, each in a fixed number of queries. */
@ApplicationScoped
public class BoardViews {

    /**
     * The event log's own mapper: the API's one refuses line breaks in fields that are not marked multi-line, and
     * the log is no request.
     */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the caller is to the board: their standing in its group, and whether they facilitate its workshop. */
    public record Viewer(Optional<Long> userId, Standing standing, boolean workshopFacilitator) {
    }

    /** The whole board: columns, cards, votes (counts once revealed), the caller's votes; five queries. */
    public BoardView board(Board board, Group group, Viewer viewer) {
        List<BoardColumn> columns = BoardColumn.list("boardId = ?1 order by position", board.id);
        List<BoardCard> cards = BoardCard.list("boardId = ?1 order by position", board.id);
        Map<Long, Long> votes = votesPerCard(board.id);
        Set<Long> mine = myVotes(board.id, viewer);
        Map<Long, UserRef> people = people(cards.stream().map(c -> c.authorId).collect(Collectors.toList()),
                board.createdBy);
        Map<Long, List<CardView>> byColumn = cards.stream().collect(Collectors.groupingBy(c -> c.columnId,
                Collectors.mapping(c -> card(c, board, viewer, people, votes, mine), Collectors.toList())));
        List<ColumnView> columnViews = columns.stream()
                .map(c -> new ColumnView(c.id, c.name, c.position, byColumn.getOrDefault(c.id, List.of()))).toList();
        return new BoardView(board.id, group.slug, board.title, board.question, board.timeBoxMinutes, board.votesPerMember,
                Math.max(0, board.votesPerMember - mine.size()), board.meetingId, board.workshopId, board.status,
                board.revealed, board.createdBy == null ? null : people.get(board.createdBy), board.createdAt,
                board.closedAt, board.lastSeq, board.version, columnViews,
                BoardPolicy.can(viewer.standing(), viewer.workshopFacilitator(), board.isOpen()));
    }

    /** One card as the caller sees it. */
    public CardView card(BoardCard card, Board board, Viewer viewer) {
        Long count = BoardVote.count("cardId", card.id);
        Set<Long> mine = viewer.userId().filter(id -> BoardVote.count("cardId = ?1 and userId = ?2", card.id, id) > 0)
                .map(id -> Set.of(card.id)).orElse(Set.of());
        return card(card, board, viewer, people(List.of(), card.authorId), Map.of(card.id, count), mine);
    }

    private CardView card(BoardCard card, Board board, Viewer viewer, Map<Long, UserRef> people, Map<Long, Long> votes,
                          Set<Long> mine) {
        boolean author = card.authorId != null && viewer.userId().map(id -> id.equals(card.authorId)).orElse(false);
        return new CardView(card.id, card.columnId, card.position, card.text, card.details,
                card.authorId == null ? null : people.get(card.authorId), card.stackId,
                board.revealed ? votes.getOrDefault(card.id, 0L).intValue() : null, mine.contains(card.id),
                card.actionId, card.threadId, card.version, card.updatedAt,
                BoardPolicy.can(viewer.standing(), viewer.workshopFacilitator(), board.isOpen(), author));
    }

    public BoardEventView.CardState state(BoardCard card) {
        User author = card.authorId == null ? null : User.findById(card.authorId);
        return new BoardEventView.CardState(card.id, card.columnId, card.position, card.text, card.details,
                author == null ? null : new UserRef(author.id, author.displayName), card.stackId, card.actionId,
                card.threadId, card.version);
    }

    public String write(BoardEventView.Data data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events as the stream and the history show them; two queries. */
    public List<BoardEventView> events(List<BoardEvent> events) {
        Map<Long, UserRef> people = people(events.stream().map(e -> e.actorId).collect(Collectors.toList()), null);
        return events.stream().map(e -> {
            try {
                return new BoardEventView(e.seq, e.kind, e.actorId == null ? null : people.get(e.actorId), e.cardId,
                        JSON.readValue(e.data, BoardEventView.Data.class), e.at);
            } catch (JsonProcessingException ex) {
                throw new UncheckedIOException(ex);
            }
        }).toList();
    }

    /** What the board produced: cards heading their group with the cards put in it, votes once revealed, who took part. */
    public BoardSummary summary(Board board, Group group) {
        List<BoardColumn> columns = BoardColumn.list("boardId = ?1 order by position", board.id);
        List<BoardCard> cards = BoardCard.list("boardId = ?1 order by position", board.id);
        Map<Long, Long> votes = votesPerCard(board.id);
        List<Long> participantIds = new ArrayList<>(cards.stream().map(c -> c.authorId).filter(Objects::nonNull).toList());
        participantIds.addAll(BoardVote.<BoardVote>list("boardId", board.id).stream().map(v -> v.userId).toList());
        Map<Long, UserRef> people = people(participantIds, null);
        Function<BoardCard, Integer> votesOf = c -> board.revealed ? votes.getOrDefault(c.id, 0L).intValue() : null;
        Map<Long, List<BoardSummary.Grouped>> grouped = cards.stream().filter(c -> c.stackId != null)
                .collect(Collectors.groupingBy(c -> c.stackId, LinkedHashMap::new, Collectors.mapping(
                        c -> new BoardSummary.Grouped(c.id, c.text, people.get(c.authorId), votesOf.apply(c)),
                        Collectors.toList())));
        Map<Long, List<BoardSummary.Card>> byColumn = cards.stream().filter(c -> c.stackId == null)
                .collect(Collectors.groupingBy(c -> c.columnId, Collectors.mapping(
                        c -> new BoardSummary.Card(c.id, c.text, c.details, people.get(c.authorId), votesOf.apply(c),
                                c.actionId, c.threadId, grouped.getOrDefault(c.id, List.of())),
                        Collectors.toList())));
        List<UserRef> participants = people.values().stream()
                .sorted(Comparator.comparing(UserRef::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new BoardSummary(board.id, group.slug, board.title, board.question, board.status, board.createdAt,
                board.closedAt, board.revealed,
                columns.stream().map(c -> new BoardSummary.Column(c.name, byColumn.getOrDefault(c.id, List.of()))).toList(),
                participants);
    }

    private static Map<Long, Long> votesPerCard(long boardId) {
        List<Object[]> rows = BoardVote.getEntityManager().createQuery(
                "select v.cardId, count(v) from BoardVote v where v.boardId = ?1 group by v.cardId", Object[].class)
                .setParameter(1, boardId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private static Set<Long> myVotes(long boardId, Viewer viewer) {
        return viewer.userId().map(id -> BoardVote.<BoardVote>list("boardId = ?1 and userId = ?2", boardId, id).stream()
                .map(v -> v.cardId).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** People by id, in one query. */
    static Map<Long, UserRef> people(Collection<Long> ids, Long another) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.add(another);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return User.<User>list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(u -> u.id, u -> new UserRef(u.id, u.displayName)));
    }
}
