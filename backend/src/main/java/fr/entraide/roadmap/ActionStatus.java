package fr.entraide.roadmap;

/** en attente · activable (within reach now) · en cours · réalisé · abandonné. */
public enum ActionStatus {
    WAITING, ACTIONABLE, IN_PROGRESS, DONE, DROPPED
}
