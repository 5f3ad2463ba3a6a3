package fr.entraide.support;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test SMTP server received, per recipient. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_%-]+)");

    private Mailbox() {
    }

    public static List<MimeMessage> to(String recipient) {
        return Arrays.stream(GreenMailResource.smtp().getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The secret of the first link in the message. */
    public static String token(MimeMessage message) {
        Matcher matcher = TOKEN.matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in: " + body(message));
        }
        return matcher.group(1);
    }

    /** The text of the first attached part of that content type (e.g. "text/calendar"), or null. */
    public static String attachment(MimeMessage message, String contentType) {
        try {
            if (!(message.getContent() instanceof jakarta.mail.Multipart multipart)) {
                return null;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith(contentType)) {
                    return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
