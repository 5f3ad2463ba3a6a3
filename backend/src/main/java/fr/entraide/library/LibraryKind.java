package fr.entraide.library;

/** What a library entry is. */
public enum LibraryKind {
    ARTICLE, BOOK, REPORT, PODCAST, VIDEO, TOOLKIT, PROJECT_SHEET
}
