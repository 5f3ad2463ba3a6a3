package fr.entraide.mail.api;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemType;
import fr.entraide.mail.LocalMailbox;
import fr.entraide.mail.OutboxMail;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local mailbox of the one-command mode: every mail the product wrote, kept instead of sent, readable by the
 * person running it on this machine. Absent (404) when mail goes to an SMTP server.
 */
@Path("/local/mailbox")
@Tag(name = "Local")
public class LocalMailboxResource {

    @ConfigProperty(name = "app.local.mailbox", defaultValue = "false")
    boolean enabled;

    @Context
    HttpServerRequest request;

    @Inject
    LocalMailbox mailbox;

    public record LocalMail(long id, String to, String subject, String text, String html, Map<String, String> headers,
                            String status, Instant createdAt, Instant sentAt) {
    }

    public record LocalMailboxPage(List<LocalMail> items) {
    }

    @GET
    @Operation(summary = "Courriels gardés en mode local",
            description = "Uniquement en mode local (sans serveur SMTP) et depuis cette machine ; les plus récents d'abord, filtrés par destinataire.")
    public LocalMailboxPage list(@QueryParam("to") String to,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (!enabled) {
            throw new ProblemException(ProblemType.NOT_FOUND, "local-mailbox.local-mode-only");
        }
        if (!fromThisMachine()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "local-mailbox.this-machine-only");
        }
        return new LocalMailboxPage(mailbox.latest(to, limit).stream().map(LocalMailboxResource::view).toList());
    }

    private boolean fromThisMachine() {
        try {
            return request.remoteAddress() != null
                    && InetAddress.getByName(request.remoteAddress().hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static LocalMail view(OutboxMail mail) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (mail.headers != null) {
            for (String line : mail.headers.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
        }
        return new LocalMail(mail.id, mail.recipient, mail.subject, mail.textBody, mail.htmlBody, headers,
                mail.status.name(), mail.createdAt, mail.sentAt);
    }
}
