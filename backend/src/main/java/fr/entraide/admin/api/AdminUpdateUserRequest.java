package fr.entraide.admin.api;

import fr.entraide.accounts.SiteRole;

public record AdminUpdateUserRequest(SiteRole siteRole, Boolean suspended) {
}
