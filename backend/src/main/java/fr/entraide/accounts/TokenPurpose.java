package fr.entraide.accounts;

public enum TokenPurpose {
    VERIFY_EMAIL, PASSWORD_RESET
}
