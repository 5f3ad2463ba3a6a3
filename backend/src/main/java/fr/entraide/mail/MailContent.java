package fr.entraide.mail;

import java.util.List;

/**
 * What an e-mail says, already in the recipient's language; one HTML and one text layout render every kind.
 *
 * @param paragraphs  the body, before the action button
 * @param actionLabel the button's label (null: no button)
 * @param actionUrl   where the button leads
 * @param quote       a quoted text after the paragraphs (a post), or null
 * @param closing     paragraphs after the button
 * @param footerLabel a link in the footer (notification preferences), or null
 */
public record MailContent(String locale, String subject, String greeting, List<String> paragraphs, String quote,
                          String actionLabel, String actionUrl, List<String> closing,
                          String footerLabel, String footerUrl, String linkFallback, String signature) {
}
