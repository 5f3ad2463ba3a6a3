package fr.entraide.meetings;

/** Réunion, séance d'intégration, journée d'étude, voyage apprenant, autre. */
public enum MeetingKind {
    REUNION, ONBOARDING, STUDY_DAY, LEARNING_TRIP, OTHER
}
