package fr.entraide.mail;

import fr.entraide.common.config.AppConfig;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OutboxSenderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxSender sender;

    @Test
    void smtpOutage_delaysMail_andEveryMailIsDeliveredExactlyOnceAfterRecovery() {
        sender.sendDue();
        GreenMailResource.stopSmtp();
        TestUser[] users = new TestUser[3];
        try {
            for (int i = 0; i < users.length; i++) {
                users[i] = fixtures.verifiedUser();
                Api.anonymous().body(Map.of("email", users[i].email())).post("/auth/password-reset").then().statusCode(202);
            }
            assertEquals(0, sender.sendDue());
            for (TestUser user : users) {
                OutboxMail waiting = pendingFor(user.email());
                assertEquals(1, waiting.attempts);
                assertNotNull(waiting.lastError);
                assertTrue(waiting.nextAttemptAt.isAfter(Instant.now()));
            }
            assertEquals(0, sender.sendDue(), "a mail waiting for its back-off is not retried early");
        } finally {
            GreenMailResource.startSmtp();
        }
        // a connection the mailer pooled before the outage may fail once more: that mail waits for its next attempt
        int delivered = 0;
        for (int round = 0; round < 3 && delivered < users.length; round++) {
            QuarkusTransaction.requiringNew().run(() ->
                    OutboxMail.update("nextAttemptAt = ?1 where status = ?2", Instant.now(), OutboxMail.Status.PENDING));
            delivered += sender.sendDue();
        }
        assertTrue(delivered >= users.length, "every mail goes out once the server is back");
        assertEquals(0, sender.sendDue());
        for (TestUser user : users) {
            assertEquals(1, Mailbox.to(user.email()).size());
            OutboxMail sent = QuarkusTransaction.requiringNew().call(() ->
                    OutboxMail.<OutboxMail>find("recipient", user.email()).singleResult());
            assertEquals(OutboxMail.Status.SENT, sent.status);
        }
    }

    @Inject
    MailOutbox outbox;

    @Test
    void aLineBreakInASubjectOrHeaderCannotAddHeaders() {
        sender.sendDue();
        String to = "injection-" + System.nanoTime() + "@exemple.test";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(to, content("Bonjour\r\nBcc: intrus@exemple.test"),
                Map.of("List-Id", "groupe\r\nBcc: intrus@exemple.test")));
        sender.sendDue();
        var mail = Mailbox.to(to).get(0);
        assertEquals("Bonjour Bcc: intrus@exemple.test", Mailbox.subject(mail));
        assertTrue(Mailbox.to("intrus@exemple.test").isEmpty(), "no hidden copy");
    }

    @Test
    void aClaimedMailIsLeftToItsSenderUntilTheLeaseEnds() {
        sender.sendDue();
        String to = "lease-" + System.nanoTime() + "@exemple.test";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(to, content("Bail"), Map.of()));
        // a sender claims the batch, then dies before sending
        QuarkusTransaction.requiringNew().call(sender::claimBatch);
        sender.sendDue();
        assertTrue(Mailbox.to(to).isEmpty(), "another sender leaves a claimed mail alone");
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMail.update("nextAttemptAt = ?1 where recipient = ?2", Instant.now(), to));
        sender.sendDue();
        sender.sendDue();
        assertEquals(1, Mailbox.to(to).size(), "once the lease ends the mail goes out, once");
    }

    @Test
    void aMailEnqueuedByARolledBackTransaction_isNeverSent() {
        sender.sendDue();
        String to = "annule-" + System.nanoTime() + "@exemple.test";
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(to, content("Jamais envoyé"), Map.of());
            throw new IllegalStateException("the request fails after enqueuing its mail");
        }));
        sender.sendDue();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient", to)));
        assertTrue(Mailbox.to(to).isEmpty());
    }

    /** max-attempts is about a week of retries: the mail is put one failure short of it, as the clock would. */
    @Test
    void afterItsLastAttempt_aMailIsGivenUp_andNeverSentAgain() {
        sender.sendDue();
        String to = "abandon-" + System.nanoTime() + "@exemple.test";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(to, content("Dernière chance"), Map.of()));
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("attempts = ?1 where recipient = ?2",
                config.outbox().maxAttempts() - 1, to));
        GreenMailResource.stopSmtp();
        try {
            assertEquals(0, sender.sendDue());
        } finally {
            GreenMailResource.startSmtp();
        }
        OutboxMail failed = QuarkusTransaction.requiringNew().call(() ->
                OutboxMail.<OutboxMail>find("recipient", to).singleResult());
        assertEquals(OutboxMail.Status.FAILED, failed.status);
        assertEquals(config.outbox().maxAttempts(), failed.attempts);
        assertNotNull(failed.lastError);

        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update("nextAttemptAt = ?1 where recipient = ?2", Instant.now(), to));
        sender.sendDue();
        assertTrue(Mailbox.to(to).isEmpty(), "a given-up mail stays given up");
    }

    @Inject
    AppConfig config;

    private static MailContent content(String subject) {
        return new MailContent("fr", subject, "Bonjour,", java.util.List.of("Un message."), null, null, null,
                java.util.List.of(), null, null, null, "L'équipe");
    }

    @Test
    void backoff_growsAndIsCapped() {
        assertEquals(15, OutboxSender.backoff(1).toSeconds());
        assertEquals(30, OutboxSender.backoff(2).toSeconds());
        assertEquals(3600, OutboxSender.backoff(20).toSeconds());
    }

    @Test
    void mailsFollowTheRecipientsLanguage() {
        TestUser user = fixtures.verifiedUser();
        Api.as(user).body(Map.of("locale", "en")).patch("/me").then().statusCode(200);
        Api.anonymous().body(Map.of("email", user.email())).post("/auth/password-reset").then().statusCode(202);
        fixtures.sendMail();
        var mail = Mailbox.to(user.email()).get(0);
        assertEquals("Resetting your password", Mailbox.subject(mail));
        assertTrue(Mailbox.body(mail).contains("Choose a new password"));
    }

    private static OutboxMail pendingFor(String email) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMail.<OutboxMail>find("recipient = ?1 and status = ?2", email, OutboxMail.Status.PENDING).singleResult());
    }
}
