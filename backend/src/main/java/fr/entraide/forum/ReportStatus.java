package fr.entraide.forum;

/** Where a reported post stands: waiting for a coordinator, hidden by one, or kept. */
public enum ReportStatus {
    OPEN, HIDDEN, KEPT
}
