package fr.entraide.groups;

public record GroupRef(String slug, String name, String description) {

    public static GroupRef of(Group group) {
        return new GroupRef(group.slug, group.name, group.description);
    }
}
