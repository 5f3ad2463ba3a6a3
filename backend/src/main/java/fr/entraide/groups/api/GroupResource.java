package fr.entraide.groups.api;

import fr.entraide.common.error.EnumParams;
import fr.entraide.common.paging.PageParams;
import fr.entraide.common.paging.PageResponse;
import fr.entraide.common.security.CurrentUser;
import fr.entraide.common.security.Roles;
import fr.entraide.groups.GroupService;
import fr.entraide.groups.InvitationCreated;
import fr.entraide.groups.InvitationService;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.MembershipService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.net.URI;

@Path("/groups")
@Tag(name = "Groupes", description = "Groupes de travail, membres, invitations")
public class GroupResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    GroupService groups;

    @Inject
    MembershipService memberships;

    @Inject
    InvitationService invitations;

    @GET
    @Operation(summary = "Lister les groupes visibles", description = "Groupes publics, et groupes privés dont l'appelant est membre ; triés par nom.")
    public PageResponse<GroupResponse> list(@Valid @BeanParam PageParams page) {
        return groups.list(currentUser.get(), page);
    }

    @POST
    @Operation(summary = "Créer un groupe (administration du site)", description = "Crée aussi les six rubriques par défaut ; le créateur devient soucieux·se (COORDINATOR).")
    @APIResponse(responseCode = "201", description = "Groupe créé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupResponse.class)))
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull CreateGroupRequest request) {
        GroupResponse created = groups.create(currentUser.caller(), request);
        return Response.created(URI.create("/api/v1/groups/" + created.slug())).entity(created).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Voir un groupe")
    public GroupResponse get(@PathParam("slug") String slug) {
        return groups.get(slug, currentUser.get());
    }

    @PATCH
    @Path("/{slug}")
    @Operation(summary = "Modifier un groupe (soucieux·ses)")
    @RolesAllowed(Roles.VERIFIED)
    public GroupResponse update(@PathParam("slug") String slug, @Valid @NotNull UpdateGroupRequest request) {
        return groups.update(slug, currentUser.caller(), request);
    }

    @GET
    @Path("/{slug}/members")
    @Operation(summary = "Lister les membres", description = "Groupe public : tout utilisateur connecté ; groupe privé : ses membres. Les demandes en attente (PENDING) ne sont visibles que des soucieux·ses.")
    @Authenticated
    public PageResponse<MemberResponse> members(@PathParam("slug") String slug,
                                                @QueryParam("status") @Parameter(description = "ACTIVE ou PENDING") String status,
                                                @Valid @BeanParam PageParams page) {
        return memberships.list(slug, currentUser.caller(), EnumParams.parse(MemberStatus.class, status, "status"), page);
    }

    @POST
    @Path("/{slug}/members")
    @ResponseStatus(201)
    @Operation(summary = "Rejoindre le groupe", description = "OPEN : membre actif ; APPROVAL : demande en attente ; INVITE : 403.")
    @APIResponse(responseCode = "201", description = "Membre, ou demande en attente",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class)))
    @RolesAllowed(Roles.VERIFIED)
    public MemberResponse join(@PathParam("slug") String slug) {
        return memberships.join(slug, currentUser.caller());
    }

    @PATCH
    @Path("/{slug}/members/{userId}")
    @Operation(summary = "Accepter, promouvoir ou rétrograder un membre (soucieux·ses)", description = "Le dernier soucieux·se ne peut pas être rétrogradé : 409.")
    @RolesAllowed(Roles.VERIFIED)
    public MemberResponse updateMember(@PathParam("slug") String slug, @PathParam("userId") long userId,
                                       @Valid @NotNull UpdateMemberRequest request) {
        return memberships.update(slug, userId, currentUser.caller(), request);
    }

    @DELETE
    @Path("/{slug}/members/{userId}")
    @Operation(summary = "Quitter le groupe, ou en retirer un membre (soucieux·ses)")
    @APIResponse(responseCode = "204", description = "Retiré")
    @Authenticated
    public void removeMember(@PathParam("slug") String slug, @PathParam("userId") long userId) {
        memberships.remove(slug, userId, currentUser.caller());
    }

    @POST
    @Path("/{slug}/invitations")
    @ResponseStatus(201)
    @Operation(summary = "Coopter quelqu'un par e-mail", description = "Tout membre actif peut inviter ; l'invitation est envoyée par e-mail avec un lien valable 14 jours. Nombre d'invitations limité par membre et par adresse invitée.")
    @APIResponse(responseCode = "429", description = "Quota d'invitations atteint ; Retry-After dit quand réessayer")
    @APIResponse(responseCode = "201", description = "Invitation envoyée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationCreated.class)))
    @RolesAllowed(Roles.VERIFIED)
    public InvitationCreated invite(@PathParam("slug") String slug, @Valid @NotNull InviteRequest request) {
        return invitations.invite(slug, currentUser.caller(), request);
    }

    @GET
    @Path("/{slug}/invitations")
    @Operation(summary = "Invitations en attente (soucieux·ses)", description = "Celles qui n'ont été ni acceptées, ni retirées, et n'ont pas expiré ; les plus anciennes d'abord.")
    @Authenticated
    public PageResponse<PendingInvitation> pendingInvitations(@PathParam("slug") String slug, @Valid @BeanParam PageParams page) {
        return invitations.pending(slug, currentUser.caller(), page);
    }

    @DELETE
    @Path("/{slug}/invitations/{id}")
    @Operation(summary = "Retirer une invitation en attente (soucieux·ses)", description = "Son lien ne fonctionne plus (410). Les invitations envoyées par un membre qui quitte le groupe, ou qui lui sont adressées, sont retirées d'office.")
    @APIResponse(responseCode = "204", description = "Retirée")
    @RolesAllowed(Roles.VERIFIED)
    public void revokeInvitation(@PathParam("slug") String slug, @PathParam("id") long id) {
        invitations.revoke(slug, id, currentUser.caller());
    }
}
