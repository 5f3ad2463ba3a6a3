package fr.entraide.forum;

/** A coordinator's decision on a reported post: hide it, or keep (and so restore) it. */
public enum ModerationAction {
    HIDE, KEEP
}
