package fr.entraide.groups;

/**
 * What a read path needs of a group to decide who sees it and to name it, as {@link GroupAccess} keeps it in memory
 * (never the entity, which a session may change).
 */
public record GroupSnapshot(long id, String slug, String name, Visibility visibility) {

    static GroupSnapshot of(Group group) {
        return new GroupSnapshot(group.id, group.slug, group.name, group.visibility);
    }
}
