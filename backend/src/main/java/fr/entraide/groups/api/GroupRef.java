package fr.entraide.groups.api;

import fr.entraide.groups.Group;

public record GroupRef(String slug, String name, String description) {

    public static GroupRef of(Group group) {
        return new GroupRef(group.slug, group.name, group.description);
    }
}
