package fr.entraide.forum;


public record CategoryRef(long id, String slug, String name) {

    static CategoryRef of(Category category) {
        return new CategoryRef(category.id, category.slug, category.name);
    }
}
