package fr.entraide.common.config;

import fr.entraide.common.limits.Limit;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Application settings; every key can be overridden by its environment variable (APP_PUBLIC_URL, APP_ADMIN_EMAIL, ...). */
@ConfigMapping(prefix = "app")
public interface AppConfig {

    /** Base URL of the SPA: e-mail links point there. */
    String publicUrl();

    Optional<String> adminEmail();

    Optional<String> adminPassword();

    Jwt jwt();

    Duration refreshTokenLifetime();

    Duration verificationTokenLifetime();

    Duration passwordResetTokenLifetime();

    Duration invitationLifetime();

    Login login();

    Outbox outbox();

    Forum forum();

    Digest digest();

    Demo demo();

    Workshops workshops();

    Meetings meetings();

    Quotas quotas();

    /** Folder of the local mode (embedded database, secrets); default: the user's data folder, /var/lib/entraide as root. */
    Optional<String> dataDir();

    /** The one-command mode, set by {@code fr.entraide.local.LocalMode} when no database is configured. */
    Local local();

    interface Local {
        @WithDefault("false")
        boolean enabled();

        /** Mails are kept (mock mailer) and readable at /local-mailbox instead of sent. */
        @WithDefault("false")
        boolean mailbox();

        /** The admin password was generated for this installation, so the start banner shows it. */
        @WithDefault("false")
        boolean showAdminPassword();

        Optional<String> dataDir();

        /** Port of the embedded PostgreSQL; 0 picks a free one at each start. */
        @WithDefault("0")
        int databasePort();
    }

    interface Jwt {
        String issuer();

        Duration accessTokenLifetime();
    }

    /** Mails that anyone can cause to be sent: how many, how often. */
    MailQuotas mailQuotas();

    Streams streams();

    interface Login {
        /** Failed sign-ins per e-mail within the window before answering 429. */
        @WithDefault("5")
        int maxFailures();

        Duration window();

        /** Failed sign-ins from one client address, whatever the account, within the window before answering 429. */
        @WithDefault("50")
        int maxFailuresPerAddress();

        default Limit perAccount() {
            return Limit.of(maxFailures(), window());
        }

        default Limit perAddress() {
            return Limit.of(maxFailuresPerAddress(), window());
        }
    }

    /** At most {@code max} per {@code window}, and {@code cooldown} between two. */
    interface Quota {
        int max();

        Duration window();

        @WithDefault("PT0S")
        Duration cooldown();

        default Limit limit() {
            return new Limit(max(), window(), cooldown());
        }
    }

    interface MailQuotas {
        /** Verification mails an account may ask for. */
        Quota verification();

        /** Reset links sent to one address. */
        Quota passwordReset();

        /** Reset links asked for from one client address, whatever the address they go to. */
        Quota passwordResetPerClient();

        /** Invitations one member may send. */
        Quota invitations();

        /** Invitations one address may receive. */
        Quota invitationsPerRecipient();

        /** People one author may notify by @mentions; past it the post is published, the extra mentions tell nobody. */
        Quota mentions();

        /** Mention mails one member may receive; past it the mention still reaches the bell, not the inbox. */
        Quota mentionMails();
    }

    interface Streams {
        /** Live streams (notifications, workshop sessions) one member may hold open; a new one closes the oldest. */
        @WithDefault("5")
        int maxPerUser();
    }

    interface Outbox {
        /** Mails claimed per transaction by the sender. */
        int batchSize();

        /** Attempts before a mail is set aside as FAILED. */
        int maxAttempts();

        /** How often the sender runs ("5s"; "off" in tests, which trigger it themselves). */
        String interval();
    }

    interface Forum {
        /** How often pending fan-outs left by a crash or another instance are picked up. */
        String fanOutSweep();
    }

    interface Digest {
        /** When the daily digest goes out, Europe/Paris time ("off" in tests). */
        String cron();
    }

    interface Demo {
        /** Load the working group of the founding forum thread into an empty database at start. */
        @WithDefault("false")
        boolean enabled();

        /** Password of the demo accounts. */
        @WithDefault("entraide-demo")
        String password();
    }

    interface Workshops {
        /** The largest group a co-development workshop may have ("limitées à 6 personnes"). */
        @WithDefault("6")
        int maxCapacity();

        /** How long before a workshop its confirmed participants get a reminder. */
        @WithDefault("PT24H")
        Duration reminderLead();

        /** How often due reminders are looked for ("off" in tests, which trigger it themselves). */
        @WithDefault("15m")
        String reminderInterval();
    }

    interface Meetings {
        /** How long before a meeting those who answered yes get a reminder. */
        @WithDefault("PT24H")
        Duration reminderLead();

        /** How often due reminders are looked for ("off" in tests, which trigger it themselves). */
        @WithDefault("15m")
        String reminderInterval();
    }

    interface Quotas {
        /** Polls, meetings and workshops (each kind counted apart) one account may create within the window. */
        @WithDefault("20")
        int creationsPerWindow();

        @WithDefault("PT24H")
        Duration creationWindow();
    }
}
