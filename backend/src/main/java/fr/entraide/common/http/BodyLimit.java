package fr.entraide.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.common.error.Problem;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.common.i18n.Languages;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The HTTP layer accepts bodies as large as the largest upload ({@code quarkus.http.limits.max-body-size}); every
 * other request is refused beyond {@code app.http.max-body-size} (413 problem) from its Content-Length, before its
 * body is read, so that a JSON body never takes more than that in memory.
 */
@ApplicationScoped
public class BodyLimit {

    @Inject
    HttpLimitsConfig limits;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::apply, 90);
    }

    void apply(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || limits.largeBodyPaths().matcher(context.normalizedPath()).matches()) {
            context.next();
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            context.next();
            return;
        }
        if (declared <= limits.maxBodySize().asLongValue()) {
            context.next();
            return;
        }
        String language = Languages.preferredBy(context.request().getHeader("Accept-Language")).orElse(Languages.FRENCH);
        Problem problem = new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "http.payload-too-large").toProblem(language);
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413);
        }
    }
}
