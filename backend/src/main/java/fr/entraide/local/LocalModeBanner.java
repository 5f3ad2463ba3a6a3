package fr.entraide.local;

import fr.entraide.demo.DemoData;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Tells the person who started the local mode where everything is: the address, the accounts, the mails, the data. */
@ApplicationScoped
class LocalModeBanner {

    private static final Logger LOG = Logger.getLogger(LocalModeBanner.class);

    @ConfigProperty(name = "app.local.enabled", defaultValue = "false")
    boolean localMode;

    @ConfigProperty(name = "app.local.mailbox", defaultValue = "false")
    boolean localMailbox;

    @ConfigProperty(name = "app.local.show-admin-password", defaultValue = "false")
    boolean showAdminPassword;

    @ConfigProperty(name = "app.local.data-dir")
    Optional<String> dataDir;

    @ConfigProperty(name = "app.public-url")
    String publicUrl;

    @ConfigProperty(name = "app.admin-email")
    Optional<String> adminEmail;

    @ConfigProperty(name = "app.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "app.demo.enabled", defaultValue = "false")
    boolean demo;

    @ConfigProperty(name = "app.demo.password")
    Optional<String> demoPassword;

    /** Last of the start-up observers, so that the accounts it names exist. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        if (!localMode) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  Entraide est prêt : ").append(publicUrl).append('\n');
        adminEmail.ifPresent(email -> text.append("  Administration : ").append(email)
                .append(showAdminPassword ? " / mot de passe " + adminPassword.orElse("") + " (généré pour cette installation)" : "")
                .append('\n'));
        if (demo) {
            text.append("  Comptes de démonstration : mathilde.s").append(DemoData.EMAIL_DOMAIN)
                    .append(", angelique.robert").append(DemoData.EMAIL_DOMAIN).append(", … / mot de passe ")
                    .append(demoPassword.orElse("")).append('\n');
        }
        if (localMailbox) {
            text.append("  Courriels (gardés ici, jamais envoyés) : ").append(publicUrl).append("/local-mailbox\n");
        }
        dataDir.ifPresent(dir -> text.append("  Données : ").append(dir).append(" (APP_DATA_DIR)\n"));
        LOG.info(text);
    }
}
