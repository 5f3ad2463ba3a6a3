package fr.entraide.workshops;

/** OPEN: seats left; FULL: new sign-ups go to the waitlist; CLOSED: started or past; CANCELLED. */
public enum WorkshopStatus {
    OPEN, FULL, CLOSED, CANCELLED
}
