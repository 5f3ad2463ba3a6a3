package fr.entraide.mail;

import fr.entraide.common.config.AppConfig;
import fr.entraide.common.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How many mails a person can cause to be sent to themselves or to others (app.mail-quotas.*), counted in the
 * database in the caller's transaction. Requests past a quota are refused with 429 and Retry-After; mentions past
 * theirs still publish the post but tell nobody more.
 */
@ApplicationScoped
public class MailQuotas {

    @Inject
    RateLimits limits;

    @Inject
    AppConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void verification(long userId) {
        limits.enforce("mail-verification", Long.toString(userId), config.mailQuotas().verification().limit(),
                "limits.mail-verification");
    }

    /** Counted whether or not the address has an account, so that the answer tells nothing about it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passwordReset(String email, String clientAddress) {
        limits.enforce("mail-reset-client", clientAddress, config.mailQuotas().passwordResetPerClient().limit(),
                "limits.mail-reset-per-client");
        limits.enforce("mail-reset", email, config.mailQuotas().passwordReset().limit(),
                "limits.mail-reset");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void invitation(long inviterId, String email) {
        limits.enforce("mail-invitation", Long.toString(inviterId), config.mailQuotas().invitations().limit(),
                "limits.mail-invitations");
        limits.enforce("mail-invitation-to", email, config.mailQuotas().invitationsPerRecipient().limit(),
                "limits.mail-invitations-per-recipient");
    }

    /** Whether the author may notify one more person by a mention; past the quota the mention tells nobody. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayMention(long authorId) {
        return limits.hit("mention", Long.toString(authorId), config.mailQuotas().mentions().limit()).isEmpty();
    }

    /** Whether one more mention may reach this member's inbox; past the quota it reaches the bell only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayMailMention(long recipientId) {
        return limits.hit("mention-mail", Long.toString(recipientId), config.mailQuotas().mentionMails().limit()).isEmpty();
    }
}
