package fr.entraide.admin;

import fr.entraide.accounts.SiteRole;

public record AdminUpdateUserRequest(SiteRole siteRole, Boolean suspended) {
}
