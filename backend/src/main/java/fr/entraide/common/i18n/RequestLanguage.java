package fr.entraide.common.i18n;

import fr.entraide.common.security.Caller;
import fr.entraide.common.security.CurrentUser;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The language to answer the current request in: the one its {@code Accept-Language} prefers among ours, else the
 * signed-in account's, else French. The one place where this is decided.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser currentUser;

    private String language;

    public String get() {
        if (language == null) {
            language = Languages.preferredBy(acceptLanguage())
                    .or(this::accountLanguage)
                    .orElse(Languages.FRENCH);
        }
        return language;
    }

    /** The header, or null where the request scope is not an HTTP request's (a scheduled job's). */
    private String acceptLanguage() {
        try {
            return request.getHeader("Accept-Language");
        } catch (RuntimeException notAnHttpRequest) {
            return null;
        }
    }

    /**
     * The caller's account language. Asking may fail (a bad token, being on the event loop where the database may
     * not be read, the very problem being reported): the request is then answered in French.
     */
    private Optional<String> accountLanguage() {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        try {
            return currentUser.get().map(Caller::locale).map(Languages::orFrench);
        } catch (RuntimeException unknownCaller) {
            return Optional.empty();
        }
    }
}
