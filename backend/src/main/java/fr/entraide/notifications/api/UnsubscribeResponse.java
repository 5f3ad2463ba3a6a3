package fr.entraide.notifications.api;

import fr.entraide.accounts.EmailDigest;

public record UnsubscribeResponse(EmailDigest emailDigest) {
}
