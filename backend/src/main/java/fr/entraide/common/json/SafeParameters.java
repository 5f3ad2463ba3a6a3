package fr.entraide.common.json;

import fr.entraide.common.Texts;
import fr.entraide.common.error.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/** The rule of {@link SafeStrings} for the other texts a request carries: its query and path parameters, all single-line. */
public class SafeParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && Texts.hasForbiddenControl(value, false)) {
                    throw ProblemException.invalid(parameter.getKey(), ControlCharacterException.SINGLE_LINE);
                }
            }
        }
    }
}
