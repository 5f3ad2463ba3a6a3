package fr.entraide.boards;

import fr.entraide.boards.api.AddCardRequest;
import fr.entraide.boards.api.BoardEventView;
import fr.entraide.boards.api.BoardItem;
import fr.entraide.boards.api.BoardSummary;
import fr.entraide.boards.api.BoardView;
import fr.entraide.boards.api.CardView;
import fr.entraide.boards.api.CreateBoardRequest;
import fr.entraide.boards.api.PromoteRequest;
import fr.entraide.boards.api.UpdateCardRequest;
import fr.entraide.common.config.AppConfig;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.Cursor;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.forum.ThreadService;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.meetings.Meeting;
import fr.entraide.notifications.NotificationHub;
import fr.entraide.roadmap.Axis;
import fr.entraide.roadmap.RoadmapService;
import fr.entraide.roadmap.api.CreateActionRequest;
import fr.entraide.workshops.Workshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Idea boards: a coordinator or a workshop's facilitator opens one with its columns; members add cards, move and
 * group them, and spread their dots; the facilitator reveals the votes and closes the board, which stays readable
 * as a summary; a coordinator turns a card into a roadmap action or a forum thread.
 *
 * <p>Every write takes the board's row lock first: writes on one board happen one after the other, so positions
 * computed from the neighbours never collide, a member never spends more dots than they have, and the events get
 * their numbers in the order they commit. Each event is told on {@link NotificationHub#BOARD_CHANNEL} (at commit) to every instance.
 */
@ApplicationScoped
public class BoardService {

    /** Cards on one board, deleted ones not counted. */
    public static final int MAX_CARDS = 300;
    /** Events a history or a stream's catch-up sends at once. */
    static final int EVENTS_AT_ONCE = 500;
    private static final int TITLE_MAX = 200;
    /** What an action's description or a thread's first post quotes of a card's details, room left for the link. */
    private static final int DETAILS_QUOTED = 7000;

    @Inject
    EntityManager em;

    @Inject
    GroupAccess groups;

    @Inject
    BoardViews views;

    @Inject
    RoadmapService roadmap;

    @Inject
    ThreadService threads;

    @Inject
    AppConfig config;

    @Transactional
    public BoardView create(String slug, Caller caller, CreateBoardRequest request) {
        Group group = groups.readable(slug, Optional.of(caller));
        Workshop workshop = null;
        if (request.workshopId() != null) {
            workshop = Workshop.<Workshop>findByIdOptional(request.workshopId()).filter(w -> w.groupId == group.id)
                    .orElseThrow(() -> ProblemException.invalid("workshopId", "board.workshop-not-in-group"));
        }
        if (request.meetingId() != null && Meeting.<Meeting>findByIdOptional(request.meetingId())
                .filter(m -> m.groupId == group.id).isEmpty()) {
            throw ProblemException.invalid("meetingId", "board.meeting-not-in-group");
        }
        boolean facilitator = workshop != null && workshop.facilitatorId != null && workshop.facilitatorId == caller.id();
        if (!BoardPolicy.facilitate(groups.standing(group, Optional.of(caller)), facilitator)) {
            throw ProblemException.forbidden("board.facilitators-only", group.name);
        }
        Board board = new Board();
        board.groupId = group.id;
        board.title = request.title().strip();
        board.question = request.question() == null ? "" : request.question().strip();
        board.timeBoxMinutes = request.timeBoxMinutes();
        board.votesPerMember = request.votesPerMember() == null ? 3 : request.votesPerMember();
        board.meetingId = request.meetingId();
        board.workshopId = request.workshopId();
        board.createdBy = caller.id();
        board.persist();
        for (int i = 0; i < request.columns().size(); i++) {
            BoardColumn column = new BoardColumn();
            column.boardId = board.id;
            column.position = i + 1;
            column.name = request.columns().get(i).strip();
            column.persist();
        }
        em.flush();
        return views.board(board, group, viewer(board, group, Optional.of(caller)));
    }

    /** Newest first, a page at a time, with their numbers of cards. */
    public PageResponse<BoardItem> list(String slug, Optional<Caller> caller, PageParams page) {
        Group group = groups.readable(slug, caller);
        long before = page.cursor == null || page.cursor.isBlank() ? Long.MAX_VALUE : Cursor.decodeId(page.cursor);
        List<Board> rows = Board.<Board>find("groupId = ?1 and id < ?2 order by id desc", group.id, before)
                .range(0, page.limit).list();
        return PageResponse.ofAll(rows, page.limit, b -> Cursor.encode(b.id), boards -> {
            Map<Long, Long> counts = boards.isEmpty() ? Map.of() : em.createQuery(
                    "select c.boardId, count(c) from BoardCard c where c.boardId in ?1 group by c.boardId", Object[].class)
                    .setParameter(1, boards.stream().map(b -> b.id).toList()).getResultList().stream()
                    .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
            return boards.stream().map(b -> new BoardItem(b.id, b.title, b.question, b.status, b.meetingId, b.workshopId,
                    counts.getOrDefault(b.id, 0L), b.createdAt, b.closedAt)).toList();
        });
    }

    public BoardView get(long id, Optional<Caller> caller) {
        Board board = readable(id, caller);
        Group group = Group.findById(board.groupId);
        return views.board(board, group, viewer(board, group, caller));
    }

    /** A new card at the bottom of its column. */
    @Transactional
    public CardView addCard(long boardId, Caller caller, AddCardRequest request) {
        Board board = lockedOpen(boardId, caller);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireTakePart(board, group, caller);
        BoardColumn column = columnOf(board, request.column(), "column");
        if (BoardCard.count("boardId", board.id) >= MAX_CARDS) {
            throw ProblemException.conflict(null, "board.card-limit", MAX_CARDS);
        }
        String last = em.createQuery("select max(c.position) from BoardCard c where c.columnId = ?1", String.class)
                .setParameter(1, column.id).getSingleResult();
        BoardCard card = new BoardCard();
        card.boardId = board.id;
        card.columnId = column.id;
        card.position = FractionalKeys.between(last, null);
        card.text = request.text().strip();
        card.details = request.details() == null ? "" : request.details().strip();
        card.authorId = caller.id();
        card.persist();
        em.flush();
        record(board, BoardEvent.Kind.CARD_ADDED, caller.id(), card, new BoardEventView.Data(views.state(card), null, column.name, null));
        return views.card(card, board, viewer);
    }

    /**
     * Edits a card's text (its author, against the version read), moves it (after {@code after} in {@code column},
     * at the top without it) or puts it in the group of another card ({@code stackOn}; 0 takes it out).
     */
    @Transactional
    public CardView updateCard(long cardId, Caller caller, UpdateCardRequest request) {
        Board board = lockedOpen(boardOf(cardId), caller);
        BoardCard card = card(cardId);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireTakePart(board, group, caller);
        if (request.text() != null || request.details() != null) {
            edit(board, card, viewer, caller, request);
        }
        if (request.column() != null) {
            move(board, card, caller, columnOf(board, request.column(), "column"), request.after());
        } else if (request.after() != null) {
            move(board, card, caller, BoardColumn.findById(card.columnId), request.after());
        }
        if (request.stackOn() != null) {
            stack(board, card, caller, request.stackOn());
        }
        em.flush();
        return views.card(card, board, viewer);
    }

    private void edit(Board board, BoardCard card, BoardViews.Viewer viewer, Caller caller, UpdateCardRequest request) {
        boolean author = card.authorId != null && card.authorId == caller.id();
        if (!BoardPolicy.edit(viewer.standing(), author)) {
            throw ProblemException.forbidden("board.authors-only");
        }
        if (request.version() != card.version) {
            throw new StaleCardException(views.card(card, board, viewer));
        }
        if (request.text() != null) {
            if (request.text().isBlank()) {
                throw ProblemException.invalid("text", "board.card-text-blank");
            }
            card.text = request.text().strip();
        }
        if (request.details() != null) {
            card.details = request.details().strip();
        }
        card.updatedAt = Instant.now();
        em.flush();
        record(board, BoardEvent.Kind.CARD_EDITED, caller.id(), card, new BoardEventView.Data(views.state(card), null, null, null));
    }

    private void move(Board board, BoardCard card, Caller caller, BoardColumn to, Long afterId) {
        BoardColumn from = BoardColumn.findById(card.columnId);
        String before;
        if (afterId == null) {
            before = null;
        } else {
            BoardCard after = BoardCard.<BoardCard>findByIdOptional(afterId)
                    .filter(c -> c.columnId == to.id && !c.id.equals(card.id))
                    .orElseThrow(() -> ProblemException.invalid("after", "board.after-not-in-column"));
            before = after.position;
        }
        card.position = FractionalKeys.between(before, nextPosition(to.id, before, card.id));
        card.columnId = to.id;
        card.stackId = null;
        em.flush();
        // the cards grouped under it follow it, in their order
        String previous = card.position;
        for (BoardCard grouped : BoardCard.<BoardCard>list("stackId = ?1 order by position", card.id)) {
            grouped.position = FractionalKeys.between(previous, nextPosition(to.id, previous, grouped.id));
            grouped.columnId = to.id;
            previous = grouped.position;
            em.flush();
        }
        record(board, BoardEvent.Kind.CARD_MOVED, caller.id(), card, new BoardEventView.Data(views.state(card), from.name, to.name, null));
    }

    /** The position that follows {@code before} (the top when null) in a column, the moving card left out. */
    private String nextPosition(long columnId, String before, long movingId) {
        var query = em.createQuery("select min(c.position) from BoardCard c where c.columnId = :column and c.id <> :moving"
                + (before == null ? "" : " and c.position > :before"), String.class)
                .setParameter("column", columnId).setParameter("moving", movingId);
        if (before != null) {
            query.setParameter("before", before);
        }
        return query.getSingleResult();
    }

    private void stack(Board board, BoardCard card, Caller caller, long stackOn) {
        if (stackOn == 0) {
            card.stackId = null;
        } else {
            BoardCard head = BoardCard.<BoardCard>findByIdOptional(stackOn)
                    .filter(c -> c.boardId == board.id && !c.id.equals(card.id))
                    .orElseThrow(() -> ProblemException.invalid("stackOn", "board.stack-not-in-board"));
            long headId = head.stackId != null ? head.stackId : head.id;
            if (headId == card.id) {
                throw ProblemException.invalid("stackOn", "board.stack-not-in-board");
            }
            BoardCard root = BoardCard.findById(headId);
            // the cards of the group this card headed join the new group: groups stay one level deep
            em.createQuery("update BoardCard c set c.stackId = ?1 where c.stackId = ?2")
                    .setParameter(1, root.id).setParameter(2, card.id).executeUpdate();
            // at the end of the group, which follows its head card
            String last = em.createQuery("select max(c.position) from BoardCard c where (c.id = :root or c.stackId = :root)"
                            + " and c.id <> :moving", String.class)
                    .setParameter("root", root.id).setParameter("moving", card.id).getSingleResult();
            card.position = FractionalKeys.between(last, nextPosition(root.columnId, last, card.id));
            card.columnId = root.columnId;
            card.stackId = root.id;
        }
        em.flush();
        record(board, BoardEvent.Kind.CARD_GROUPED, caller.id(), card,
                new BoardEventView.Data(views.state(card), null, null, card.stackId));
    }

    @Transactional
    public void deleteCard(long cardId, Caller caller) {
        Board board = lockedOpen(boardOf(cardId), caller);
        BoardCard card = card(cardId);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = viewer(board, group, Optional.of(caller));
        boolean author = card.authorId != null && card.authorId == caller.id();
        if (!BoardPolicy.delete(viewer.standing(), author, viewer.workshopFacilitator())) {
            throw ProblemException.forbidden("board.authors-or-facilitators");
        }
        BoardEventView.Data data = new BoardEventView.Data(views.state(card), null, null, null);
        em.createQuery("update BoardCard c set c.stackId = null where c.stackId = ?1").setParameter(1, card.id).executeUpdate();
        BoardVote.delete("cardId", card.id);
        card.delete();
        em.flush();
        record(board, BoardEvent.Kind.CARD_DELETED, caller.id(), card, data);
    }

    /** One dot on the card; at most the board's votesPerMember in all (409 beyond). Voting twice changes nothing. */
    @Transactional
    public BoardView vote(long cardId, Caller caller) {
        Board board = lockedOpen(boardOf(cardId), caller);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireTakePart(board, group, caller);
        card(cardId);
        if (BoardVote.count("cardId = ?1 and userId = ?2", cardId, caller.id()) == 0) {
            if (BoardVote.count("boardId = ?1 and userId = ?2", board.id, caller.id()) >= board.votesPerMember) {
                throw ProblemException.conflict(null, "board.no-votes-left", board.votesPerMember);
            }
            BoardVote vote = new BoardVote();
            vote.boardId = board.id;
            vote.cardId = cardId;
            vote.userId = caller.id();
            vote.persist();
            em.flush();
            // votes are secret until revealed: the event tells that counts changed, not who voted for what
            record(board, BoardEvent.Kind.VOTED, null, null, new BoardEventView.Data(null, null, null, null));
        }
        return views.board(board, group, viewer);
    }

    @Transactional
    public BoardView unvote(long cardId, Caller caller) {
        Board board = lockedOpen(boardOf(cardId), caller);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireTakePart(board, group, caller);
        if (BoardVote.delete("cardId = ?1 and userId = ?2", cardId, caller.id()) > 0) {
            record(board, BoardEvent.Kind.UNVOTED, null, null, new BoardEventView.Data(null, null, null, null));
        }
        return views.board(board, group, viewer);
    }

    @Transactional
    public BoardView reveal(long id, Caller caller) {
        Board board = lockedOpen(id, caller);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireFacilitator(board, group, caller);
        if (!board.revealed) {
            board.revealed = true;
            em.flush();
            record(board, BoardEvent.Kind.REVEALED, caller.id(), null, new BoardEventView.Data(null, null, null, null));
        }
        return views.board(board, group, viewer);
    }

    /** Read-only from now on (409 on every write), votes revealed. */
    @Transactional
    public BoardView close(long id, Caller caller) {
        Board board = lockedOpen(id, caller);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = requireFacilitator(board, group, caller);
        board.status = BoardStatus.CLOSED;
        board.revealed = true;
        board.closedAt = Instant.now();
        em.flush();
        record(board, BoardEvent.Kind.CLOSED, caller.id(), null, new BoardEventView.Data(null, null, null, null));
        return views.board(board, group, viewer);
    }

    public BoardSummary summary(long id, Optional<Caller> caller) {
        Board board = readable(id, caller);
        return views.summary(board, Group.findById(board.groupId));
    }

    /** The newest events first, at most {@value #EVENTS_AT_ONCE}. */
    public List<BoardEventView> history(long id, Optional<Caller> caller) {
        Board board = readable(id, caller);
        return views.events(BoardEvent.<BoardEvent>find("boardId = ?1 order by seq desc", board.id)
                .range(0, EVENTS_AT_ONCE - 1).list());
    }

    /** The events after {@code seq}, oldest first: what a stream sends when it wakes up. */
    public List<BoardEventView> eventsAfter(long id, long seq) {
        return views.events(BoardEvent.<BoardEvent>find("boardId = ?1 and seq > ?2 order by seq", id, seq)
                .range(0, EVENTS_AT_ONCE - 1).list());
    }

    /**
     * Turns a card into a roadmap action of one of the group's axes or a thread of one of its categories, which
     * links back to the board; the card keeps the link. Allowed on a closed board: that is when it happens.
     */
    @Transactional
    public CardView promote(long cardId, Caller caller, PromoteRequest request) {
        Board board = locked(boardOf(cardId), caller);
        BoardCard card = card(cardId);
        Group group = Group.findById(board.groupId);
        BoardViews.Viewer viewer = viewer(board, group, Optional.of(caller));
        GroupAccess.coordinatorsOnly(BoardPolicy.promote(viewer.standing()), group);
        String title = card.text.length() > TITLE_MAX ? card.text.substring(0, TITLE_MAX - 1) + "…" : card.text;
        // a bare address: a link in the thread's Markdown, and readable as it is in the action's plain description
        String origin = card.details.isEmpty() ? card.text : card.details;
        String body = (origin.length() > DETAILS_QUOTED ? origin.substring(0, DETAILS_QUOTED) + "…" : origin) + "\n\nIssue d'une carte du tableau d'idées « "
                + board.title + " » : " + config.publicUrl() + "/groups/" + group.slug + "/boards/" + board.id;
        if (request.to() == PromoteRequest.Target.ACTION) {
            if (card.actionId != null) {
                throw ProblemException.conflict("to", "board.already-promoted");
            }
            if (request.axisId() == null || Axis.<Axis>findByIdOptional(request.axisId()).filter(a -> a.groupId == group.id).isEmpty()) {
                throw ProblemException.invalid("axisId", "board.axis-not-in-group");
            }
            card.actionId = roadmap.createAction(request.axisId(), caller, new CreateActionRequest(title, body, null, null)).id();
        } else {
            if (card.threadId != null) {
                throw ProblemException.conflict("to", "board.already-promoted");
            }
            if (request.category() == null || request.category().isBlank()) {
                throw ProblemException.invalid("category", "board.category-required");
            }
            card.threadId = threads.openFor(group, request.category(), caller, title, body).id;
        }
        em.flush();
        record(board, BoardEvent.Kind.CARD_PROMOTED, caller.id(), card, new BoardEventView.Data(views.state(card), null, null, null));
        return views.card(card, board, viewer);
    }

    /** The board, for a stream: the caller may read it (a 404 otherwise). */
    public Board readable(long id, Optional<Caller> caller) {
        Board board = Board.<Board>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("board.not-found", id));
        groups.readable(Group.<Group>findById(board.groupId), caller);
        return board;
    }

    /** The board locked for this transaction (before anything of it is read), readable by the caller. */
    private Board locked(long id, Caller caller) {
        Board board = em.find(Board.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (board == null) {
            throw ProblemException.notFound("board.not-found", id);
        }
        groups.readable(Group.<Group>findById(board.groupId), Optional.of(caller));
        return board;
    }

    /** A card of a locked board: it may have been deleted while waiting for the lock. */
    private static BoardCard card(long cardId) {
        return BoardCard.<BoardCard>findByIdOptional(cardId)
                .orElseThrow(() -> ProblemException.notFound("board.card-not-found", cardId));
    }

    private long boardOf(long cardId) {
        return em.createQuery("select c.boardId from BoardCard c where c.id = ?1", Long.class).setParameter(1, cardId)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("board.card-not-found", cardId));
    }

    /** The board locked for this transaction, readable by the caller and still open (a 409 once closed). */
    private Board lockedOpen(long id, Caller caller) {
        Board board = locked(id, caller);
        if (!board.isOpen()) {
            throw ProblemException.conflict(null, "board.closed");
        }
        return board;
    }

    private BoardColumn columnOf(Board board, long columnId, String field) {
        return BoardColumn.<BoardColumn>findByIdOptional(columnId).filter(c -> c.boardId == board.id)
                .orElseThrow(() -> ProblemException.invalid(field, "board.column-not-in-board"));
    }

    private BoardViews.Viewer requireTakePart(Board board, Group group, Caller caller) {
        BoardViews.Viewer viewer = viewer(board, group, Optional.of(caller));
        GroupAccess.membersOnly(BoardPolicy.takePart(viewer.standing()), group);
        return viewer;
    }

    private BoardViews.Viewer requireFacilitator(Board board, Group group, Caller caller) {
        BoardViews.Viewer viewer = viewer(board, group, Optional.of(caller));
        if (!BoardPolicy.facilitate(viewer.standing(), viewer.workshopFacilitator())) {
            throw ProblemException.forbidden("board.facilitators-only", group.name);
        }
        return viewer;
    }

    private BoardViews.Viewer viewer(Board board, Group group, Optional<Caller> caller) {
        boolean facilitator = board.workshopId != null && caller.isPresent()
                && Workshop.<Workshop>findByIdOptional(board.workshopId)
                .map(w -> w.facilitatorId != null && w.facilitatorId == caller.get().id()).orElse(false);
        return new BoardViews.Viewer(caller.map(Caller::id), groups.standing(group, caller), facilitator);
    }

    /** Numbers the change after the board's last one, keeps it, and tells every instance at commit. */
    private void record(Board board, BoardEvent.Kind kind, Long actorId, BoardCard card, BoardEventView.Data data) {
        board.lastSeq++;
        BoardEvent event = new BoardEvent();
        event.boardId = board.id;
        event.seq = board.lastSeq;
        event.kind = kind;
        event.actorId = actorId;
        event.cardId = card == null ? null : card.id;
        event.data = views.write(data);
        event.persist();
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", NotificationHub.BOARD_CHANNEL).setParameter("payload", Long.toString(board.id)).getSingleResult();
    }
}
