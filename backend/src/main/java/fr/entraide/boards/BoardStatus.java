package fr.entraide.boards;

/** An open board takes cards, moves and votes; a closed one is read-only, with its summary. */
public enum BoardStatus {
    OPEN, CLOSED
}
