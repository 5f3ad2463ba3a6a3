package fr.entraide.common.error;

/**
 * The kinds of problem the API answers with; {@code type} is {@code /problems/<slug>}, and the title, in the reader's
 * language, is the text {@code title.<slug>} of messages/problems.
 */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    INVALID_CREDENTIALS(401, "invalid-credentials"),
    ACCOUNT_SUSPENDED(401, "account-suspended"),
    FORBIDDEN(403, "forbidden"),
    EMAIL_NOT_VERIFIED(403, "email-not-verified"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    STALE_VERSION(409, "stale-version"),
    GONE(410, "gone"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal");

    public final int status;
    public final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    /** The code of this type's title in messages/problems. */
    public String titleCode() {
        return "title." + slug;
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
