package fr.entraide.forum.api;

import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.forum.PostService;
import fr.entraide.forum.ReportService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/posts")
@Tag(name = "Forum")
public class PostResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PostService posts;

    @Inject
    ReportService reports;

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Modifier un message (auteur ou soucieux·ses)", description = "409 si version périmée.")
    @RolesAllowed(Roles.VERIFIED)
    public PostView edit(@PathParam("id") long id, @Valid @NotNull UpdatePostRequest request) {
        return posts.edit(id, currentUser.caller(), request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Supprimer un message (auteur ou soucieux·ses)", description = "Le message reste comme « Message supprimé » pour que les réponses gardent leur sens.")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @RolesAllowed(Roles.VERIFIED)
    public void delete(@PathParam("id") long id) {
        posts.delete(id, currentUser.caller());
    }

    @POST
    @Path("/{id}/reports")
    @ResponseStatus(201)
    @Operation(summary = "Signaler un message (membres du groupe)",
            description = "Motif SPAM, INAPPROPRIATE, OFF_TOPIC ou OTHER, message facultatif. Un signalement par membre et par message : 409 au second. "
                    + "Signalé par assez de membres distincts (app.moderation.hide-threshold, 3 par défaut), le message est masqué jusqu'à la décision d'un·e soucieux·se.")
    @APIResponse(responseCode = "201", description = "Signalement enregistré",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportReceipt.class)))
    @RolesAllowed(Roles.VERIFIED)
    public ReportReceipt report(@PathParam("id") long id, @Valid @NotNull CreateReportRequest request) {
        return reports.report(id, currentUser.caller(), request);
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Aperçu du rendu Markdown", description = "Le HTML exact, assaini, qu'aurait le message.")
    @Authenticated
    public PreviewResponse preview(@Valid @NotNull PreviewRequest request) {
        return posts.preview(request);
    }
}
