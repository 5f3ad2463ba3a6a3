package fr.entraide.workshops;

/** The steps of a co-development session, in order, with the duration the facilitation kit suggests. */
public enum Phase {
    EXPOSE(10),
    CLARIFICATION(10),
    CONTRAT(5),
    CONSULTATION(25),
    SYNTHESE(10),
    APPRENTISSAGES(10);

    public final int suggestedMinutes;

    Phase(int suggestedMinutes) {
        this.suggestedMinutes = suggestedMinutes;
    }
}
