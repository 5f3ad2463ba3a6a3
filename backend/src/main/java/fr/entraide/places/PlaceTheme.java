package fr.entraide.places;

/** The small managed vocabulary of themes; anything else is a free tag. */
public enum PlaceTheme {
    INCLUSION_NUMERIQUE, FABLAB, COWORKING, CULTURE, LECTURE_PUBLIQUE, JEUNESSE, EMPLOI_FORMATION, ALIMENTATION,
    TRANSITION_ECOLOGIQUE, CITOYENNETE, SOLIDARITE, ARTISANAT
}
