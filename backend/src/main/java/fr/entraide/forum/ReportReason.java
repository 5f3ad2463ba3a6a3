package fr.entraide.forum;

/** Why a member reports a post. */
public enum ReportReason {
    SPAM, INAPPROPRIATE, OFF_TOPIC, OTHER
}
