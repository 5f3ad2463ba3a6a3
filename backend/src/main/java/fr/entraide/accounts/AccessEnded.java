package fr.entraide.accounts;

/**
 * Fired, inside the transaction, when every credential of an account ends (a password reset or change, the first
 * verification of its address, its deletion): features revoke the tokens they gave it (calendar feeds, …).
 */
public record AccessEnded(long userId) {
}
