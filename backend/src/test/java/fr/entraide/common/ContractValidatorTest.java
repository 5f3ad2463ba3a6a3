package fr.entraide.common;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import fr.entraide.support.Contract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check every REST Assured test goes through ({@link fr.entraide.support.ContractFilter}) can fail: answers that
 * openapi.yaml does not describe are reported as errors, so the contract cannot silently stop being checked.
 */
class ContractValidatorTest {

    private static final OpenApiInteractionValidator CONTRACT = Contract.validator();
    private static final String ME = """
            {"id":1,"email":"a@exemple.test","username":"a","displayName":"A","bio":null,"locale":"fr",
             "emailDigest":"IMMEDIATE","emailVerified":true,"siteRole":"USER","createdAt":"2026-11-14T12:00:00Z",
             "groups":[{"slug":"gt","name":"GT","role":"MEMBER","status":"ACTIVE"}]}""";

    private static List<String> errors(String path, Request.Method method, SimpleResponse response) {
        return CONTRACT.validateResponse(path, method, response).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey)
                .toList();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }

    @Test
    void aDocumentedAnswer_passes() {
        assertEquals(List.of(), errors("/api/v1/me", Request.Method.GET, json(200, ME)));
        assertEquals(List.of(), errors("/api/v1/me", Request.Method.GET, SimpleResponse.Builder.status(401)
                .withContentType("application/problem+json")
                .withBody("{\"type\":\"/problems/unauthorized\",\"code\":\"auth.sign-in-required\",\"title\":\"Authentification requise\",\"status\":401}").build()));
    }

    @Test
    void anUndocumentedStatus_fails_evenWithTheDefaultAnswerForProblems() {
        assertTrue(errors("/api/v1/me/tokens", Request.Method.POST, json(200, "{}")).contains(Contract.UNDOCUMENTED_STATUS));
        assertTrue(errors("/api/v1/me", Request.Method.GET, SimpleResponse.Builder.status(500)
                .withContentType("application/problem+json")
                .withBody("{\"type\":\"/problems/internal\",\"title\":\"Erreur interne\",\"status\":500}").build())
                .contains(Contract.UNDOCUMENTED_STATUS), "a server error is never part of the contract");
    }

    @Test
    void aFieldTheSchemaDoesNotName_fails_atAnyDepth() {
        assertEquals(List.of("validation.response.body.schema.additionalProperties"),
                errors("/api/v1/me", Request.Method.GET, json(200, ME.replace("\"bio\":null", "\"secret\":\"x\""))));
        assertEquals(List.of("validation.response.body.schema.additionalProperties"),
                errors("/api/v1/me", Request.Method.GET, json(200, ME.replace("\"slug\":\"gt\"", "\"slug\":\"gt\",\"internal\":1"))));
    }

    @Test
    void aWrongType_aValueOutsideItsEnum_orAMissingRequiredField_fails() {
        assertTrue(errors("/api/v1/me", Request.Method.GET, json(200, ME.replace("\"id\":1", "\"id\":\"1\""))).stream()
                .anyMatch(key -> key.startsWith("validation.response.body.schema")), "types are checked (3.1 → 3.0)");
        assertTrue(errors("/api/v1/me", Request.Method.GET, json(200, ME.replace("\"USER\"", "\"ROOT\""))).stream()
                .anyMatch(key -> key.startsWith("validation.response.body.schema")));
        assertTrue(errors("/api/v1/me", Request.Method.GET, SimpleResponse.Builder.status(404)
                .withContentType("application/problem+json").withBody("{\"title\":\"Introuvable\"}").build()).stream()
                .anyMatch(key -> key.equals("validation.response.body.schema.required")), "a problem has its type and status");
    }

    @Test
    void anUndocumentedContentType_orPath_fails() {
        assertTrue(errors("/api/v1/me", Request.Method.GET, SimpleResponse.Builder.status(200)
                .withContentType("text/html").withBody("<p>bonjour</p>").build())
                .contains("validation.response.contentType.notAllowed"));
        assertTrue(CONTRACT.validateRequest(SimpleRequest.Builder.get("/api/v1/nulle-part").build()).getMessages().stream()
                .anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR && m.getKey().equals("validation.request.path.missing")));
    }

    @Test
    void aRequestTheTestGetsWrongOnPurpose_isNotAnError() {
        ValidationReport report = CONTRACT.validateRequest(SimpleRequest.Builder.post("/api/v1/auth/login")
                .withContentType("application/json").withBody("{\"email\":[1,2]}").build());
        assertTrue(report.getMessages().stream().noneMatch(m -> m.getLevel() == ValidationReport.Level.ERROR),
                report.getMessages().toString());
    }
}
