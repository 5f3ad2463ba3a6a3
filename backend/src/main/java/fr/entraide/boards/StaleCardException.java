package fr.entraide.boards;

import fr.entraide.boards.api.CardView;

/** A card's text changed since the version the caller read: a 409 whose body carries the card as it is now. */
public class StaleCardException extends RuntimeException {

    private final transient CardView current;

    public StaleCardException(CardView current) {
        super("stale card", null, false, false);
        this.current = current;
    }

    public CardView current() {
        return current;
    }
}
