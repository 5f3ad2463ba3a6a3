package fr.entraide.library;

/** The licence a work is shared under: Creative Commons variants, the French Licence Ouverte, or none. */
public enum Licence {
    CC0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    LICENCE_OUVERTE("Licence Ouverte 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    ALL_RIGHTS_RESERVED("Tous droits réservés", null);

    public final String label;
    public final String url;

    Licence(String label, String url) {
        this.label = label;
        this.url = url;
    }
}
