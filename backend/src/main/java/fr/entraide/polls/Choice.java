package fr.entraide.polls;

/** oui / si besoin / non, as in Framadate. */
public enum Choice {
    YES, IF_NEED_BE, NO
}
