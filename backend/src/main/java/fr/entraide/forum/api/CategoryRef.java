package fr.entraide.forum.api;

import fr.entraide.forum.Category;


public record CategoryRef(long id, String slug, String name) {

    public static CategoryRef of(Category category) {
        return new CategoryRef(category.id, category.slug, category.name);
    }
}
