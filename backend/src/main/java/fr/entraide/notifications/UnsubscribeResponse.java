package fr.entraide.notifications;

import fr.entraide.accounts.EmailDigest;

public record UnsubscribeResponse(EmailDigest emailDigest) {
}
