package fr.entraide.files;

/** What an accepted file is, which sets its size limit and how it is shown. */
public enum FileKind {
    /** JPEG, PNG or GIF: re-encoded (metadata dropped), shown inline, with a resized variant and a thumbnail. */
    IMAGE,
    /** PDF, office documents (OpenDocument, Microsoft Office), plain text and CSV, EPUB: shown as a link. */
    DOCUMENT,
    /** Audio and video for podcasts and recordings: streamed with ranges. */
    MEDIA
}
