package fr.entraide.common.error;


import java.util.List;

/**
 * Thrown by services to answer with a problem; mapped to application/problem+json. It names what went wrong by a
 * stable code (a key of messages/problems, such as {@code group.members-only}) and the code's arguments; the texts
 * are written in the reader's language only when the answer is.
 */
public class ProblemException extends RuntimeException {

    /** A field a problem concerns, with what to say about it. */
    private record Cause(String field, String code, Object[] args) {
    }

    private final ProblemType type;
    private final String code;
    private final transient Object[] args;
    private final transient List<Cause> causes;
    private final Long retryAfterSeconds;

    public ProblemException(ProblemType type, String code, Object... args) {
        this(type, code, args, List.of(), null);
    }

    private ProblemException(ProblemType type, String code, Object[] args, List<Cause> causes, Long retryAfterSeconds) {
        super(code, null, false, false);
        this.type = type;
        this.code = code;
        this.args = args;
        this.causes = causes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 400 naming the invalid field; the field's message is the problem's own. */
    public static ProblemException invalid(String field, String code, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, code, args, List.of(new Cause(field, code, args)), null);
    }

    /** A 409; {@code field} names the field in conflict, or is null when the conflict is with the thing's state. */
    public static ProblemException conflict(String field, String code, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, code, args,
                field == null ? List.of() : List.of(new Cause(field, code, args)), null);
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, code, args);
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, code, args);
    }

    public static ProblemException staleVersion() {
        Object[] none = {};
        return new ProblemException(ProblemType.STALE_VERSION, "common.stale-version", none,
                List.of(new Cause("version", "common.stale-version.field", none)), null);
    }

    /** The same problem, telling the client when it may try again (the Retry-After header). */
    public ProblemException retryAfter(long seconds) {
        return new ProblemException(type, code, args, causes, seconds);
    }

    public ProblemType type() {
        return type;
    }

    public String code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem's body in {@code language} (fr or en). */
    public Problem toProblem(String language) {
        List<FieldError> errors = causes.isEmpty() ? null : causes.stream()
                .map(cause -> new FieldError(cause.field(), cause.code(), ProblemTexts.text(language, cause.code(), cause.args())))
                .toList();
        return new Problem(type.uri(), code, ProblemTexts.title(language, type), type.status,
                ProblemTexts.text(language, code, args), errors);
    }
}
