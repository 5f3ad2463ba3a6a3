package fr.entraide.accounts;

import fr.entraide.common.sse.LiveStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What ends when the person in control of an account may have changed: a new password (reset or change) and the
 * first proof of the address (verification link, reset link, invitation to that address). Whoever held the
 * account before keeps nothing: no personal access token, no calendar feed, no older reset link, no live stream.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    Event<AccessEnded> accessEnded;

    @Inject
    LiveStreams liveStreams;

    /** The address is proven for the first time: what was created before the proof was someone's, maybe not its owner's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verify(User user) {
        if (!user.emailVerified) {
            user.emailVerified = true;
            endAccessOf(user.id);
        }
    }

    /** A new password: every session ends too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passwordChanged(User user) {
        RefreshToken.revokeAllOf(user.id);
        endAccessOf(user.id);
    }

    /** Suspension: every session and live stream ends (access tokens are refused from now on, see AccountIdentityAugmentor). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suspended(long userId) {
        RefreshToken.revokeAllOf(userId);
        liveStreams.closeAllOf(userId);
    }

    /** Sign-out: the live streams end with the session; the SPA of another device opens its own again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void signedOut(long userId) {
        liveStreams.closeAllOf(userId);
    }

    private void endAccessOf(long userId) {
        PersonalAccessToken.delete("userId", userId);
        accessEnded.fire(new AccessEnded(userId));
        OneTimeToken.revokeAll(userId, TokenPurpose.PASSWORD_RESET);
        liveStreams.closeAllOf(userId);
    }
}
