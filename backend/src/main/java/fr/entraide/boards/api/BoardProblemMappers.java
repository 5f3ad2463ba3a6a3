package fr.entraide.boards.api;

import fr.entraide.boards.StaleCardException;
import fr.entraide.common.error.Problem;
import fr.entraide.common.error.ProblemException;
import fr.entraide.common.i18n.RequestLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A stale card answers as every stale version does, plus the card as it is now. */
public class BoardProblemMappers {

    @Inject
    RequestLanguage language;

    @ServerExceptionMapper
    public Response staleCard(StaleCardException e) {
        Problem problem = ProblemException.staleVersion().toProblem(language.get());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(new StaleCardProblem(problem.type(), problem.code(), problem.title(), problem.status(),
                        problem.detail(), problem.errors(), e.current()))
                .build();
    }
}
