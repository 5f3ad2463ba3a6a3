package fr.entraide.meetings.api;

import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.meetings.CalendarService;
import fr.entraide.meetings.MeetingService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/meetings/{id}")
@Tag(name = "Rencontres")
public class MeetingResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    @Inject
    CalendarService calendars;

    @GET
    @Operation(summary = "Voir une rencontre")
    public MeetingView get(@PathParam("id") long id) {
        return meetings.get(id, currentUser.get());
    }

    @PATCH
    @Operation(summary = "Modifier une rencontre (soucieux·ses)", description = "Ceux qui ont répondu sont prévenus ; les agendas voient la mise à jour (même UID, SEQUENCE supérieure). 409 si version périmée.")
    @RolesAllowed(Roles.VERIFIED)
    public MeetingView update(@PathParam("id") long id, @Valid @NotNull UpdateMeetingRequest request) {
        return meetings.update(id, currentUser.caller(), request);
    }

    @POST
    @Path("/cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Annuler une rencontre (soucieux·ses)", description = "Ceux qui ont répondu sont prévenus ; STATUS:CANCELLED dans les agendas.")
    @RolesAllowed(Roles.VERIFIED)
    public MeetingView cancel(@PathParam("id") long id, @Valid CancelRequest request) {
        return meetings.cancel(id, currentUser.caller(), request == null ? null : request.reason());
    }

    @PUT
    @Path("/rsvp")
    @Operation(summary = "Répondre oui / peut-être / non", description = "409 si la rencontre est annulée, passée, ou complète pour un oui.")
    @RolesAllowed(Roles.VERIFIED)
    public MeetingView rsvp(@PathParam("id") long id, @Valid @NotNull RsvpRequest request) {
        return meetings.rsvp(id, currentUser.caller(), request.response());
    }

    @GET
    @Path("/attendees")
    @Operation(summary = "Qui vient ?", description = "Les réponses des membres.")
    @Authenticated
    public PageResponse<AttendeeView> attendees(@PathParam("id") long id) {
        return new PageResponse<>(meetings.attendees(id, currentUser.caller()), null);
    }

    @GET
    @Path("/ics")
    @Produces("text/calendar")
    @Operation(summary = "La rencontre au format iCalendar (.ics)")
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendars.meeting(id, currentUser.get()), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rencontre-" + id + ".ics\"")
                .build();
    }
}
