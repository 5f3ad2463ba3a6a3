package fr.entraide.common.error;

/** The kinds of problem the API answers with; {@code type} is {@code /problems/<slug>}. */
public enum ProblemType {
    VALIDATION(400, "validation", "Données invalides"),
    MALFORMED_REQUEST(400, "malformed-request", "Requête illisible"),
    UNAUTHORIZED(401, "unauthorized", "Authentification requise"),
    INVALID_CREDENTIALS(401, "invalid-credentials", "Identifiants incorrects"),
    ACCOUNT_SUSPENDED(401, "account-suspended", "Compte suspendu"),
    FORBIDDEN(403, "forbidden", "Action non autorisée"),
    EMAIL_NOT_VERIFIED(403, "email-not-verified", "Adresse e-mail non vérifiée"),
    NOT_FOUND(404, "not-found", "Introuvable"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Méthode non autorisée"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Format de réponse non disponible"),
    CONFLICT(409, "conflict", "Conflit"),
    STALE_VERSION(409, "stale-version", "Modifié entre-temps"),
    GONE(410, "gone", "Lien expiré ou déjà utilisé"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Requête trop volumineuse"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Format de requête non pris en charge"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Trop de tentatives"),
    INTERNAL(500, "internal", "Erreur interne");

    public final int status;
    public final String slug;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return MALFORMED_REQUEST;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
