package fr.entraide.accounts;

public enum SiteRole {
    USER, ADMIN
}
