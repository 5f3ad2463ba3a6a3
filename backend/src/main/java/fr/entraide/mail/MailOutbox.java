package fr.entraide.mail;

import fr.entraide.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Queues e-mails in the caller's transaction: they exist exactly when the change that causes them commits. */
@ApplicationScoped
public class MailOutbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, MailContent content) {
        enqueue(recipient, content, Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, MailContent content, Map<String, String> headers) {
        enqueue(recipient, content, headers, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, MailContent content, Map<String, String> headers, Attachment attachment) {
        OutboxMail mail = new OutboxMail();
        mail.recipient = Texts.singleLine(recipient);
        // a header value must stay one line, whatever text it was built from (titles, display names)
        mail.subject = Texts.fit(Texts.singleLine(content.subject()), 300);
        mail.htmlBody = MailTemplates.layoutHtml(content).setLocale(Locale.forLanguageTag(content.locale())).render();
        mail.textBody = MailTemplates.layoutText(content).setLocale(Locale.forLanguageTag(content.locale())).render();
        mail.headers = headers.isEmpty() ? null : headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + Texts.singleLine(header.getValue()))
                .collect(Collectors.joining("\n"));
        if (attachment != null) {
            mail.attachmentName = attachment.name();
            mail.attachmentType = attachment.contentType();
            mail.attachmentContent = attachment.content();
        }
        mail.persist();
    }
}
