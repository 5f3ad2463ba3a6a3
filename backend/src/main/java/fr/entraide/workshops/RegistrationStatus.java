package fr.entraide.workshops;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED
}
