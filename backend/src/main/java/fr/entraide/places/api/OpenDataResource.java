package fr.entraide.places.api;

import fr.entraide.places.OpenData;
import fr.entraide.places.Place;
import fr.entraide.places.PlaceFilter;
import fr.entraide.places.PlaceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The directory's open data: anyone downloads it, under Licence Ouverte 2.0, without personal data. Each answer has
 * an ETag and a Last-Modified; a client that has the current version gets a 304.
 */
@Path("/")
@Tag(name = "Lieux")
public class OpenDataResource {

    @Inject
    PlaceService places;

    @Inject
    OpenData openData;

    @GET
    @Path("places.geojson")
    @Produces("application/geo+json")
    @Operation(summary = "Les lieux en GeoJSON (RFC 7946), données ouvertes", description = "Licence Ouverte 2.0 ; sans donnée personnelle ; les lieux sans coordonnées n'y sont pas. ETag et Last-Modified : 304 si inchangé.")
    @APIResponse(responseCode = "200", description = "FeatureCollection : un point par lieu localisé (longitude, latitude), ses propriétés ; licence et attribution",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis la version du client")
    public Response geojson(@Context Request request) {
        return answer(request, "geojson", "application/geo+json", "lieux.geojson", openData::geojson);
    }

    @GET
    @Path("places.csv")
    @Produces("text/csv")
    @Operation(summary = "Les lieux en CSV, données ouvertes", description = "Colonnes du standard des lieux de médiation numérique quand elles veulent dire la même chose (id, nom, adresse, code_postal, commune, latitude, longitude, typologie, date_maj…), puis les nôtres. UTF-8, virgules. Licence Ouverte 2.0 ; sans donnée personnelle.")
    @APIResponse(responseCode = "200", description = "Une ligne par lieu, en-tête compris",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis la version du client")
    public Response csv(@Context Request request) {
        return answer(request, "csv", "text/csv; charset=UTF-8", "lieux.csv", openData::csv);
    }

    @GET
    @Path("places.gogocarto.json")
    @Produces("application/json")
    @Operation(summary = "Les lieux pour GoGoCarto (JSON), données ouvertes", description = "{licence, ontology, data: [{id, name, geo, address, categories…}]} ; Licence Ouverte 2.0 ; sans donnée personnelle.")
    @APIResponse(responseCode = "200", description = "{licence, ontology, data: [...]}",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis la version du client")
    public Response gogocarto(@Context Request request) {
        return answer(request, "gogocarto", "application/json", "lieux-gogocarto.json", openData::gogocarto);
    }

    private Response answer(Request request, String format, String type, String filename, Function<List<Place>, String> write) {
        Object[] stamp = places.stamp();
        Instant lastChange = instant(stamp[1]);
        EntityTag tag = new EntityTag(format + "-" + stamp[0] + "-" + (lastChange == null ? 0 : lastChange.toEpochMilli()) + "-" + stamp[2] + "-" + stamp[3]);
        Date lastModified = Date.from(lastChange == null ? Instant.EPOCH : lastChange);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
        Response.ResponseBuilder builder = unchanged != null ? unchanged
                : Response.ok(write.apply(places.all(PlaceFilter.NONE)), type)
                        .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
        return builder.tag(tag).lastModified(lastModified)
                .header("Link", "<" + OpenData.LICENCE_URL + ">; rel=\"license\"")
                .header("Cache-Control", "public, max-age=0, must-revalidate")
                .build();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }
}
