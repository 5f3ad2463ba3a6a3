package fr.entraide.common.openapi;

import fr.entraide.common.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents what every route shares: the bearer authentication (each operation's requirement comes from its
 * {@code @Authenticated}/{@code @RolesAllowed}), and errors as RFC 9457 problems. Registered through mp.openapi.filter.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT ou jeton d'accès personnel (entpat_…)")
                .description("Jeton d'accès de POST /auth/login (15 min, renouvelable par POST /auth/refresh) "
                        + "ou jeton d'accès personnel créé par POST /me/tokens."));
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("Un champ invalide")
                .properties(ordered(
                        "field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("email")),
                        "code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .description("Ce qui ne va pas : code stable, le même dans toutes les langues")
                                .examples(List.of("constraint.email")),
                        "message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .description("Dans la langue de la requête")
                                .examples(List.of("doit être une adresse électronique syntaxiquement correcte")))));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("Erreur au format RFC 9457 (" + Problem.MEDIA_TYPE + "). title, detail et le message de chaque erreur (errors) "
                        + "sont dans la langue de la requête : Accept-Language (fr ou en), sinon celle du compte, sinon le français.")
                .required(List.of("type", "code", "title", "status"))
                .properties(ordered(
                        "type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .description("URI du type de problème, par ex. /problems/validation, /problems/email-not-verified, /problems/stale-version")
                                .examples(List.of("/problems/validation")),
                        "code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .description("Ce qui s'est passé : code stable, le même dans toutes les langues, "
                                        + "par ex. group.members-only, request.invalid-fields")
                                .examples(List.of("group.members-only")),
                        "title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("Données invalides")),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)),
                        "detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .examples(List.of("email : doit être une adresse électronique syntaxiquement correcte")),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))));
    }

    /** Properties in the order given, so that the generated document is the same at every build. */
    private static Map<String, Schema> ordered(Object... nameThenSchema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            properties.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return properties;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        // errors named by a resource, or added by the security or the validation of an operation, are problems too
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
                response.setDescription(switch (code) {
                    case "401" -> "Non connecté·e, jeton invalide ou expiré, compte suspendu";
                    case "403" -> "Non autorisé·e, ou adresse e-mail non vérifiée";
                    default -> response.getDescription();
                });
            }
        });
        if (operation.getResponses().getAPIResponse("default") == null) {
            operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse()
                    .description("Erreur : 400/422 (champ invalide, nommé dans errors), 401 (non connecté), 403 (non autorisé, "
                            + "ou e-mail non vérifié), 404 (introuvable ou privé), 409 (conflit, version périmée), 429 (trop de tentatives)")
                    .content(problemContent()));
        }
        return operation;
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
