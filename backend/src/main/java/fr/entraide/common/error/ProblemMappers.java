package fr.entraide.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = respond(e.toProblem());
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        return builder.build();
    }

    /** A token that is invalid, expired, or names an account that is gone or suspended. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return problem(e.getCause() instanceof ProblemException problem ? problem
                : new ProblemException(ProblemType.UNAUTHORIZED, "Jeton d'accès invalide ou expiré."));
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e) {
        return problem(new ProblemException(ProblemType.UNAUTHORIZED, "Connectez-vous pour accéder à cette ressource."));
    }

    /** A role the resource declares is missing: writing needs a verified address, the rest is for site admins. */
    @ServerExceptionMapper
    public Response roleMissing(ForbiddenException e) {
        return problem(identity.hasRole(Roles.VERIFIED)
                ? ProblemException.forbidden("Réservé aux administrateurs du site.")
                : new ProblemException(ProblemType.EMAIL_NOT_VERIFIED,
                        "Confirmez votre adresse e-mail (lien reçu à l'inscription) avant de contribuer."));
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e) {
        return validation(e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " : " + err.message()).collect(Collectors.joining(" ; "));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title, 400, detail, errors)).build();
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        if (field.isEmpty()) {
            return respond(new Problem(ProblemType.MALFORMED_REQUEST.uri(), ProblemType.MALFORMED_REQUEST.title, 400,
                    "Le corps de la requête n'est pas un JSON valide.", null)).build();
        }
        String message = e instanceof ControlCharacterException control ? control.reason() : "valeur invalide pour ce champ";
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title, 400,
                field + " : " + message, List.of(new FieldError(field, message)))).build();
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(RuntimeException e) {
        return problem(ProblemException.staleVersion());
    }

    /** A deadlock or lock timeout between simultaneous requests: nothing was written, the client may retry. */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class})
    public Response lockConflict(RuntimeException e) {
        LOG.warnf("Lock conflict: %s", e.getMessage());
        return problem(new ProblemException(ProblemType.CONFLICT,
                "Trop de demandes simultanées sur le même élément : rien n'a été enregistré, réessayez.", null, 1L));
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e) {
        String field = e.getConstraintName() == null ? null
                : UNIQUE_CONSTRAINT_FIELDS.get(e.getConstraintName().toLowerCase());
        return problem(ProblemException.conflict(field, "Cette valeur est déjà utilisée."));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("HTTP error", e);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 400 ? "Le corps ou les paramètres de la requête sont illisibles." : type.title + ".";
        Response.ResponseBuilder builder = respond(new Problem(type.uri(), type.title, status, detail, null));
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        ProblemType type = ProblemType.INTERNAL;
        return respond(new Problem(type.uri(), type.title, 500,
                "Une erreur inattendue s'est produite ; réessayez plus tard.", null)).build();
    }

    static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
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
