package fr.entraide.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?limit=} (default 20, max 100) and {@code ?cursor=} of every list route. */
public class PageParams {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(value = 1, message = "{entraide.limit.min}")
    @Max(value = 100, message = "{entraide.limit.max}")
    @Parameter(description = "Nombre d'éléments (1 à 100, 20 par défaut)")
    public int limit;

    @QueryParam("cursor")
    @Parameter(description = "Curseur opaque renvoyé par la page précédente (nextCursor)")
    public String cursor;
}
