package fr.entraide.library;

/** What the caller may do with a library entry, computed by {@link LibraryPolicy}. */
public record LibraryCan(boolean edit, boolean delete) {
}
