package fr.entraide.mail;

import java.util.List;

/**
 * What an e-mail says, already in the recipient's language; one HTML and one text layout render every kind.
 *
 * @param paragraphs  the body, before the action button
 * @param actionLabel the button's label (null: no button)
 * @param actionUrl   where the button leads
 * @param closing     paragraphs after the button
 */
public record MailContent(String locale, String subject, String greeting, List<String> paragraphs,
                          String actionLabel, String actionUrl, List<String> closing,
                          String linkFallback, String signature) {
}
