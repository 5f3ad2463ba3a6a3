package fr.entraide.places;

/** Médiathèque tiers-lieu, médiathèque, tiers-lieu, collectivité, réseau, autre. */
public enum PlaceKind {
    MEDIATHEQUE_TIERS_LIEU, MEDIATHEQUE, TIERS_LIEU, COLLECTIVITE, RESEAU, AUTRE
}
