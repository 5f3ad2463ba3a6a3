package fr.entraide.files;

/** What the caller may do with a file, computed by {@link FilePolicy}. */
public record FileCan(boolean delete) {
}
