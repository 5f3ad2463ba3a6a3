package fr.entraide.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** In local mode the outbox is the mailbox: mails are read from it, and each one kept is announced on the console with its links. */
@ApplicationScoped
public class LocalMailbox {

    private static final Logger LOG = Logger.getLogger(LocalMailbox.class);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    @ConfigProperty(name = "app.local.mailbox", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "app.public-url")
    String publicUrl;

    public List<OutboxMail> latest(String to, int limit) {
        if (to == null || to.isBlank()) {
            return OutboxMail.find("order by id desc").page(0, limit).list();
        }
        return OutboxMail.find("lower(recipient) = ?1 order by id desc", to.strip().toLowerCase(Locale.ROOT)).page(0, limit).list();
    }

    void kept(OutboxMail mail) {
        if (!enabled) {
            return;
        }
        Matcher matcher = LINK.matcher(mail.textBody == null ? "" : mail.textBody);
        String links = matcher.results().map(m -> m.group()).distinct().collect(Collectors.joining(" "));
        LOG.infof("Courriel gardé (mode local) pour %s : « %s »%s — %s/local-mailbox", mail.recipient, mail.subject,
                links.isEmpty() ? "" : " — liens : " + links, publicUrl);
    }
}
