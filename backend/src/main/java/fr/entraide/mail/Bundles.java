package fr.entraide.mail;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Type-safe message bundles in a member's language: English when they chose it, French otherwise. */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T in(Class<T> bundle, String locale) {
        return "en".equals(locale)
                ? MessageBundles.get(bundle, Localized.Literal.of("en"))
                : MessageBundles.get(bundle);
    }
}
