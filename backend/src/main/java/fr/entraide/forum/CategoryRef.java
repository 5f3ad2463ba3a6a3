package fr.entraide.forum;

import fr.entraide.groups.Category;

public record CategoryRef(long id, String slug, String name) {

    static CategoryRef of(Category category) {
        return new CategoryRef(category.id, category.slug, category.name);
    }
}
