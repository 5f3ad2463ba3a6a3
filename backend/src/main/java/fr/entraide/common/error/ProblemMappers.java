package fr.entraide.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.entraide.common.i18n.RequestLanguage;
import fr.entraide.common.json.ControlCharacterException;
import fr.entraide.common.security.Roles;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Every error leaves the API as application/problem+json, without class names or stack traces. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    SecurityIdentity identity;

    /** Unique constraints that a race can hit after the service's own checks, and the field each one concerns. */
    private static final Map<String, String> UNIQUE_CONSTRAINT_FIELDS = Map.of(
            "ux_app_user_email", "email",
            "ux_app_user_username", "username",
            "ux_membership", "userId",
            "work_group_slug_key", "slug");

    /** The code of a problem listing the fields that broke a constraint; its detail names each. */
    private static final String INVALID_FIELDS = "request.invalid-fields";

    @Inject
    RequestLanguage language;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e).build();
    }

    /** A token that is invalid, expired, or names an account that is gone or suspended. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return problem(e.getCause() instanceof ProblemException problem ? problem
                : new ProblemException(ProblemType.UNAUTHORIZED, "auth.invalid-access-token"));
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e) {
        return problem(new ProblemException(ProblemType.UNAUTHORIZED, "auth.sign-in-required"));
    }

    /** A role the resource declares is missing: writing needs a verified address, the rest is for site admins. */
    @ServerExceptionMapper
    public Response roleMissing(ForbiddenException e) {
        return problem(identity.hasRole(Roles.VERIFIED)
                ? ProblemException.forbidden("admin.only")
                : new ProblemException(ProblemType.EMAIL_NOT_VERIFIED,
                        "Confirmez votre adresse e-mail (lien reçu à l'inscription) avant de contribuer."));
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e) {
        return validation(e);
    }

    /** Constraint messages are already in the request's language: Hibernate Validator asks {@link RequestLanguage}. */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), constraintCode(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " : " + err.message()).collect(Collectors.joining(" ; "));
        ProblemType type = ProblemType.VALIDATION;
        return Response.status(type.status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), INVALID_FIELDS, ProblemTexts.title(language.get(), type), type.status, detail, errors))
                .build();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        if (field.isEmpty()) {
            return problem(new ProblemException(ProblemType.MALFORMED_REQUEST, "request.malformed-json"));
        }
        return problem(ProblemException.invalid(field,
                e instanceof ControlCharacterException control ? control.code() : "request.invalid-value"));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(RuntimeException e) {
        return problem(ProblemException.staleVersion());
    }

    /** A deadlock or lock timeout between simultaneous requests: nothing was written, the client may retry. */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class})
    public Response lockConflict(RuntimeException e) {
        LOG.warnf("Lock conflict: %s", e.getMessage());
        return problem(new ProblemException(ProblemType.CONFLICT, "common.simultaneous-requests").retryAfter(1));
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e) {
        String field = e.getConstraintName() == null ? null
                : UNIQUE_CONSTRAINT_FIELDS.get(e.getConstraintName().toLowerCase());
        return problem(ProblemException.conflict(field, "common.value-taken"));
    }

    /** Errors of the HTTP layer itself (no such route, method or media type): {@code http.<slug of the type>}. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("HTTP error", e);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder builder = respond(new ProblemException(type, httpCode(type)));
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(new ProblemException(ProblemType.INTERNAL, "common.unexpected"));
    }

    static String httpCode(ProblemType type) {
        return "http." + type.slug;
    }

    private Response.ResponseBuilder respond(ProblemException e) {
        Problem body = e.toProblem(language.get());
        Response.ResponseBuilder builder = Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        return builder;
    }

    /** {@code @NotBlank} → {@code constraint.not-blank}: stable, whatever the message says. */
    private static String constraintCode(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return "constraint." + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** "register.body.email" → "email"; nested and indexed paths keep their tail ("slots[1].startsAt"). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
