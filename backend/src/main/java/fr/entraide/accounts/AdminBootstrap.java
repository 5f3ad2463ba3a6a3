package fr.entraide.accounts;

import fr.entraide.common.StartupLock;
import fr.entraide.common.config.AppConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Creates the first site administrator from APP_ADMIN_EMAIL / APP_ADMIN_PASSWORD when no account has that e-mail. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AppConfig config;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (config.adminEmail().isEmpty() || config.adminPassword().isEmpty()) {
            LOG.info("APP_ADMIN_EMAIL / APP_ADMIN_PASSWORD not set: no administrator bootstrapped");
            return;
        }
        AdminPasswords.weakness(config.adminPassword().get()).ifPresent(reason -> {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                throw new IllegalStateException("APP_ADMIN_PASSWORD refused: " + reason + ". Choose another one.");
            }
        });
        StartupLock.hold("admin");
        String email = Emails.canonical(config.adminEmail().get());
        if (User.findByEmail(email).isPresent()) {
            return;
        }
        User admin = new User();
        admin.email = email;
        admin.username = freeUsername("admin");
        admin.displayName = "Administration";
        admin.passwordHash = BcryptUtil.bcryptHash(config.adminPassword().get());
        admin.emailVerified = true;
        admin.siteRole = SiteRole.ADMIN;
        admin.persist();
        LOG.infof("Site administrator %s created", email);
    }

    private static String freeUsername(String base) {
        String candidate = base;
        for (int i = 2; User.usernameTaken(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }
}
