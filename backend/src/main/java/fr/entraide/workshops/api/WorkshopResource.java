package fr.entraide.workshops.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.Caller;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.common.sse.LiveStreams;
import fr.entraide.notifications.NotificationHub;
import fr.entraide.workshops.SessionService;
import fr.entraide.workshops.Workshop;
import fr.entraide.workshops.WorkshopService;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/workshops")
@Tag(name = "Ateliers d'entraide")
public class WorkshopResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkshopService workshops;

    @Inject
    SessionService sessions;

    @Inject
    NotificationHub hub;

    @Inject
    LiveStreams liveStreams;

    @GET
    @Path("/{id}")
    @Operation(summary = "Voir un atelier")
    public WorkshopView get(@PathParam("id") long id) {
        return workshops.get(id, currentUser.get());
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Modifier un atelier (animateur·rice ou soucieux·ses)", description = "Baisser la capacité sous le nombre de confirmé·es : 409 ; la relever confirme la liste d'attente dans l'ordre.")
    @RolesAllowed(Roles.VERIFIED)
    public WorkshopView update(@PathParam("id") long id, @Valid @NotNull UpdateWorkshopRequest request) {
        return workshops.update(id, currentUser.caller(), request);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Annuler un atelier", description = "Toutes les personnes inscrites sont prévenues.")
    @RolesAllowed(Roles.VERIFIED)
    public WorkshopView cancel(@PathParam("id") long id) {
        return workshops.cancel(id, currentUser.caller());
    }

    @POST
    @Path("/{id}/registrations")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "S'inscrire (ou inscrire un membre, pour l'animateur·rice et les soucieux·ses)", description = "CONFIRMED tant qu'il reste des places, sinon WAITLISTED avec sa position ; 409 si déjà inscrit·e, atelier annulé ou passé.")
    @APIResponse(responseCode = "201", description = "Inscrit·e",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyRegistration.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response register(@PathParam("id") long id, RegisterSomeoneRequest request) {
        MyRegistration registration = workshops.register(id, currentUser.caller(), request == null ? null : request.userId());
        return Response.status(201).entity(registration).build();
    }

    @DELETE
    @Path("/{id}/registrations/me")
    @Operation(summary = "Se désinscrire", description = "La place libérée va à la première personne de la liste d'attente, prévenue aussitôt.")
    @APIResponse(responseCode = "204", description = "Désinscrit·e")
    @Authenticated
    public void unregister(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        workshops.unregister(id, caller, caller.id());
    }

    @DELETE
    @Path("/{id}/registrations/{userId}")
    @Operation(summary = "Désinscrire un membre (animateur·rice ou soucieux·ses)")
    @APIResponse(responseCode = "204", description = "Désinscrit·e")
    @RolesAllowed(Roles.VERIFIED)
    public void unregisterSomeone(@PathParam("id") long id, @PathParam("userId") long userId) {
        workshops.unregister(id, currentUser.caller(), userId);
    }

    @GET
    @Path("/{id}/registrations")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Participant·es puis liste d'attente, dans l'ordre", description = "?format=csv pour l'animateur·rice et les soucieux·ses.")
    @APIResponse(responseCode = "200", description = "La liste, ou le fichier CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = RegistrationView.class),
                    @SchemaProperty(name = "nextCursor", type = SchemaType.STRING)})),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @Authenticated
    public Response registrations(@PathParam("id") long id, @QueryParam("format") String format) {
        Caller caller = currentUser.caller();
        if ("csv".equals(format)) {
            return Response.ok(workshops.registrationsCsv(id, caller), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"atelier-" + id + "-inscriptions.csv\"").build();
        }
        List<RegistrationView> registrations = workshops.registrations(id, caller);
        return Response.ok(new PageResponse<>(registrations, null), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{id}/problems")
    @Operation(summary = "Apporter une problématique (participant·es confirmé·es)")
    @APIResponse(responseCode = "201", description = "Ajoutée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response bring(@PathParam("id") long id, @Valid @NotNull ProblemRequest request) {
        return Response.status(201).entity(sessions.bring(id, currentUser.caller(), request)).build();
    }

    @GET
    @Path("/{id}/problems")
    @Operation(summary = "Problématiques apportées, avec leurs votes")
    @Authenticated
    public PageResponse<ProblemView> problems(@PathParam("id") long id) {
        return new PageResponse<>(sessions.problems(id, currentUser.caller()), null);
    }

    @POST
    @Path("/problems/{problemId}/vote")
    @Operation(summary = "Voter pour une problématique (une voix par problématique)")
    @APIResponse(responseCode = "204", description = "Vote enregistré")
    @RolesAllowed(Roles.VERIFIED)
    public void vote(@PathParam("problemId") long problemId) {
        sessions.vote(problemId, currentUser.caller());
    }

    @DELETE
    @Path("/problems/{problemId}/vote")
    @Operation(summary = "Retirer son vote")
    @APIResponse(responseCode = "204", description = "Vote retiré")
    @RolesAllowed(Roles.VERIFIED)
    public void unvote(@PathParam("problemId") long problemId) {
        sessions.unvote(problemId, currentUser.caller());
    }

    @PUT
    @Path("/{id}/chosen-problem")
    @Operation(summary = "Choisir la problématique traitée (animateur·rice)")
    @RolesAllowed(Roles.VERIFIED)
    public ProblemView choose(@PathParam("id") long id, @Valid @NotNull ChosenProblemRequest request) {
        return sessions.choose(id, currentUser.caller(), request.problemId());
    }

    @GET
    @Path("/{id}/record")
    @Operation(summary = "Compte rendu de l'atelier (document commun)")
    @Authenticated
    public RecordView record(@PathParam("id") long id) {
        return sessions.record(id, currentUser.caller());
    }

    @PUT
    @Path("/{id}/record")
    @Operation(summary = "Écrire le compte rendu (animateur·rice ou porteur·se de la problématique)", description = "409 si la version est périmée ; 0 pour la première écriture.")
    @RolesAllowed(Roles.VERIFIED)
    public RecordView writeRecord(@PathParam("id") long id, @Valid @NotNull RecordRequest request) {
        return sessions.write(id, currentUser.caller(), request);
    }

    @GET
    @Path("/{id}/session")
    @Operation(summary = "État de la séance : phase en cours et minuteur")
    @Authenticated
    public SessionView session(@PathParam("id") long id) {
        return sessions.session(id, currentUser.caller());
    }

    @PUT
    @Path("/{id}/phase")
    @Operation(summary = "Passer à une phase (animateur·rice)", description = "exposé, clarification, contrat, consultation, synthèse, apprentissages ; le minuteur prend la durée suggérée sauf minutes.")
    @RolesAllowed(Roles.VERIFIED)
    public SessionView setPhase(@PathParam("id") long id, @Valid @NotNull PhaseRequest request) {
        return sessions.setPhase(id, currentUser.caller(), request);
    }

    @GET
    @Path("/{id}/session/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "La séance en direct (Server-Sent Events)", description = "Un événement `session` (données : l'état de la séance) à l'ouverture puis à chaque changement de phase ou de problématique choisie.")
    @Authenticated
    public Multi<OutboundSseEvent> sessionStream(@PathParam("id") long id, @Context Sse sse) {
        Caller caller = currentUser.caller();
        sessions.session(id, caller); // the caller may follow this workshop, or a problem answers
        return liveStreams.events(caller.id(), sse, "session", SessionView.class, hub.sessionChangesOf(id),
                () -> List.of(SessionService.session(Workshop.findById(id))));
    }
}
