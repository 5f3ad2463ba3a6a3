package fr.entraide.mail;

import fr.entraide.common.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes each kind of e-mail in its recipient's language, with links to the SPA carrying their secret as ?token=. */
@ApplicationScoped
public class Mails {

    @Inject
    AppConfig config;

    public MailContent verifyEmail(String locale, String name, String token) {
        MailMessages msg = messages(locale);
        return content(locale, msg, msg.verifySubject(), msg.greeting(name), List.of(msg.verifyIntro()),
                msg.verifyAction(), link("/verify-email", token),
                List.of(msg.verifyOutro(config.verificationTokenLifetime().toDays())));
    }

    public MailContent passwordReset(String locale, String name, String token) {
        MailMessages msg = messages(locale);
        return content(locale, msg, msg.resetSubject(), msg.greeting(name), List.of(msg.resetIntro()),
                msg.resetAction(), link("/reset-password", token),
                List.of(msg.resetOutro(config.passwordResetTokenLifetime().toHours())));
    }

    public MailContent invitation(String locale, String inviter, String group, String message, String token) {
        MailMessages msg = messages(locale);
        List<String> paragraphs = new ArrayList<>(List.of(msg.inviteIntro(inviter, group)));
        if (message != null && !message.isBlank()) {
            paragraphs.add(msg.inviteMessage(message.strip()));
        }
        return content(locale, msg, msg.inviteSubject(inviter, group), msg.greetingAnonymous(), paragraphs,
                msg.inviteAction(), link("/invitations", token),
                List.of(msg.inviteOutro(config.invitationLifetime().toDays())));
    }

    public MailContent joinRequest(String locale, String name, String member, String group, String groupSlug) {
        MailMessages msg = messages(locale);
        return content(locale, msg, msg.joinRequestSubject(group), msg.greeting(name),
                List.of(msg.joinRequestIntro(member, group)), msg.joinRequestAction(),
                config.publicUrl() + "/groups/" + groupSlug + "/admin", List.of());
    }

    /**
     * Activity a member follows (a new post, an action's new status): names the group and the topic, says what
     * happened, quotes the text, and links to it.
     */
    public MailContent activity(String locale, String name, String group, String topic, String what, String quote,
                                String url) {
        MailMessages msg = messages(locale);
        return new MailContent(locale(locale), msg.forumSubject(group, topic), msg.greeting(name), List.of(what), quote,
                msg.forumAction(), url, List.of(msg.forumWhy()), msg.manageNotifications(), preferencesUrl(),
                msg.linkFallback(), msg.signature());
    }

    /** The day's news for a member who asked for a daily digest: one line per thread, grouped by group. */
    public MailContent digest(String locale, String name, List<String> lines) {
        MailMessages msg = messages(locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(msg.digestIntro(lines.size()));
        paragraphs.addAll(lines);
        return new MailContent(locale(locale), msg.digestSubject(), msg.greeting(name), paragraphs, null,
                msg.digestAction(), config.publicUrl() + "/notifications", List.of(), msg.manageNotifications(),
                preferencesUrl(), msg.linkFallback(), msg.signature());
    }

    public String preferencesUrl() {
        return config.publicUrl() + "/profile#notifications";
    }

    /** RFC 8058 one-click unsubscribe: mail clients POST to this URL. */
    public Map<String, String> unsubscribeHeaders(String unsubscribeKey) {
        String url = config.publicUrl() + "/api/v1/unsubscribe?token=" + URLEncoder.encode(unsubscribeKey, StandardCharsets.UTF_8);
        return Map.of("List-Unsubscribe", "<" + url + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String link(String path, String token) {
        return config.publicUrl() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static MailContent content(String locale, MailMessages msg, String subject, String greeting,
                                       List<String> paragraphs, String actionLabel, String actionUrl,
                                       List<String> closing) {
        return new MailContent(locale(locale), subject, greeting, paragraphs, null, actionLabel, actionUrl, closing,
                null, null, msg.linkFallback(), msg.signature());
    }

    private static MailMessages messages(String locale) {
        return Bundles.in(MailMessages.class, locale);
    }

    private static String locale(String locale) {
        return "en".equals(locale) ? "en" : "fr";
    }
}
