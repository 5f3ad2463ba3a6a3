package fr.entraide.common.i18n;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Hibernate Validator writes the messages of broken constraints in the request's language, the account's included
 * ({@link RequestLanguage}); Quarkus consults every such bean. Outside a request it lets the default (French) apply.
 */
@ApplicationScoped
public class RequestLocaleResolver implements LocaleResolver {

    @Inject
    RequestLanguage language;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Locale.forLanguageTag(language.get());
    }
}
