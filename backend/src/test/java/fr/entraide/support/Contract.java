package fr.entraide.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The committed openapi.yaml as a validator of the tests' exchanges (see {@link ContractFilter}).
 *
 * <p>Answers are checked strictly: the status must be documented (a problem may use the operation's {@code default}
 * answer, but only with a 4xx status), the content type must be one the document lists, and the body must match its
 * schema, with no property the schema does not name ({@code validation.schema.additionalProperties} stays an error).
 * Requests are checked only for what the tests cannot mean to get wrong: the path and the method must be documented.
 * Their bodies, parameters, content types and credentials are not, because tests of 400, 401, 415… send bad ones on
 * purpose; the answer to such a request is still checked.
 *
 * <p>The validator reads OpenAPI 3.0 (draft-4 JSON Schema): given our 3.1 document as it is, it drops every
 * {@code type} and checks nothing. So the document is handed over as 3.0, with two liberties: {@code examples} become
 * one {@code example}, and every property that its object does not list as {@code required} may be {@code null},
 * since our records serialise absent values as {@code null} and the document does not (yet) say which may be.
 */
public final class Contract {

    public static final Path DOCUMENT = Path.of("..", "openapi.yaml");

    /** An answer whose status the operation does not list, other than a 4xx problem. */
    public static final String UNDOCUMENTED_STATUS = "validation.response.status.undocumented";

    private Contract() {
    }

    public static OpenApiInteractionValidator validator() {
        return validator(DOCUMENT);
    }

    public static OpenApiInteractionValidator validator(Path document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                        .withLevel("validation.response", ValidationReport.Level.ERROR)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .withCustomResponseValidation(Contract::statusDocumented)
                .build();
    }

    /** The {@code default} answer documents problems: it must not let a success or a server error through. */
    private static ValidationReport statusDocumented(Response response, ApiOperation operation) {
        int status = response.getStatus();
        if (status >= 400 && status < 500
                || operation.getOperation().getResponses().containsKey(String.valueOf(status))) {
            return ValidationReport.empty();
        }
        return ValidationReport.singleton(ValidationReport.Message.create(UNDOCUMENTED_STATUS,
                "Response status " + status + " is not documented for " + operation.getMethod() + " "
                        + operation.getApiPath().original() + " (only 4xx problems may use the default answer).")
                .build());
    }

    static String asOpenApi30(Path document) {
        try {
            ObjectNode root = (ObjectNode) Yaml.mapper().readTree(document.toFile());
            root.put("openapi", "3.0.3");
            downgrade(root);
            return Json.mapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            if (object.get("properties") instanceof ObjectNode properties) {
                Set<String> required = new HashSet<>();
                if (object.get("required") instanceof ArrayNode names) {
                    names.forEach(name -> required.add(name.asText()));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (!required.contains(property.getKey()) && property.getValue() instanceof ObjectNode schema) {
                        property.setValue(nullable(schema));
                    }
                }
            }
            object.forEach(Contract::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Contract::downgrade);
        }
    }

    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode wrapper = schema.objectNode();
            ArrayNode anyOf = wrapper.putArray("anyOf");
            anyOf.addObject().set("$ref", schema.get("$ref"));
            anyOf.addObject().put("type", "null");
            return wrapper;
        }
        schema.put("nullable", true);
        return schema;
    }
}
