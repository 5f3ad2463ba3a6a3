package fr.entraide.meetings.api;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.meetings.CalendarService;
import fr.entraide.meetings.MeetingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

@Path("/groups/{slug}")
@Tag(name = "Rencontres", description = "Rencontres du groupe, réponses, calendriers iCal")
public class GroupMeetingResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    @Inject
    CalendarService calendars;

    @GET
    @Path("/meetings")
    @Operation(summary = "L'agenda du groupe", description = "Les rencontres à venir d'abord ; from/to (instants ISO-8601) pour une période, par exemple un mois ; par pages (limit, cursor). Le lien de visio n'est donné qu'aux membres du groupe.")
    public PageResponse<MeetingView> list(@PathParam("slug") String slug,
                                          @QueryParam("from") @Parameter(description = "Instant ISO-8601") String from,
                                          @QueryParam("to") @Parameter(description = "Instant ISO-8601") String to,
                                          @Valid @BeanParam PageParams page) {
        return meetings.list(slug, currentUser.get(), instant(from, "from"), instant(to, "to"), page);
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "request.instant-expected");
        }
    }

    @POST
    @Path("/meetings")
    @Operation(summary = "Programmer une rencontre (soucieux·ses)", description = "Les membres sont prévenus selon leurs préférences. 429 avec Retry-After au-delà du quota de créations du compte.")
    @APIResponse(responseCode = "201", description = "Rencontre programmée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @RolesAllowed(Roles.VERIFIED)
    public Response create(@PathParam("slug") String slug, @Valid @NotNull MeetingRequest request) {
        MeetingView created = meetings.create(slug, currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/meetings/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "Flux iCal du groupe (rencontres et ateliers)", description = "Groupe public : ouvert, sans les liens de visio ; flux d'un membre (?token= de GET /me/calendar-token, pour les agendas qui ne peuvent pas s'authentifier, ou son jeton d'accès) : avec les liens ; groupe privé : réservé à ses membres.")
    public Response feed(@PathParam("slug") String slug, @QueryParam("token") String token) {
        return Response.ok(calendars.groupFeed(slug, token, token == null ? currentUser.get() : java.util.Optional.empty()),
                        "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + slug + ".ics\"")
                .build();
    }
}
