package fr.entraide.common.error;

import java.util.List;

/** Thrown by services to answer with a problem; mapped to application/problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new FieldError(field, message)), null);
    }

    public static ProblemException conflict(String field, String message) {
        return new ProblemException(ProblemType.CONFLICT, message, field == null ? null : List.of(new FieldError(field, message)), null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException staleVersion() {
        return new ProblemException(ProblemType.STALE_VERSION,
                "Cet élément a été modifié par quelqu'un d'autre entre-temps ; rechargez-le avant de réessayer.",
                List.of(new FieldError("version", "version périmée")), null);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title, type.status, getMessage(), errors);
    }
}
