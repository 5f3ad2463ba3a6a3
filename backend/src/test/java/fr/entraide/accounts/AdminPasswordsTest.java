package fr.entraide.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminPasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "short-pass1", "changez-moi-tout-de-suite", "CHANGEME", "entraide-demo",
            "choose-a-long-password", "aaaaaaaaaaaaaaaa", "abababababababab"})
    void weakOrKnownPasswordsAreRefused(String password) {
        assertTrue(AdminPasswords.weakness(password).isPresent(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"une phrase de passe solide", "dOTNBQ8Risjyn3SnSM6Uz2i5", "Médiathèque-Lodève-2026"})
    void longUnknownPasswordsAreAccepted(String password) {
        assertFalse(AdminPasswords.weakness(password).isPresent(), password);
    }
}
