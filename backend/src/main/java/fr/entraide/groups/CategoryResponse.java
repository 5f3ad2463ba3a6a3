package fr.entraide.groups;

public record CategoryResponse(long id, String slug, String name, String description, int position) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.id, category.slug, category.name, category.description, category.position);
    }
}
