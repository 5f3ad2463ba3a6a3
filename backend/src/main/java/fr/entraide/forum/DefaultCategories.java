package fr.entraide.forum;

import fr.entraide.groups.GroupCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/** The six sections ("rubriques") every new group starts with, as the working group defined them. */
@ApplicationScoped
public class DefaultCategories {

    record Definition(String slug, String name, String description) {
    }

    static final List<Definition> ALL = List.of(
            new Definition("vie-du-groupe", "Vie du groupe",
                    "Pour partager les avancées du groupe, les sujets en cours et les prochaines rencontres."),
            new Definition("publications", "Publications",
                    "Pour partager nos écrits, nos lectures, podcasts, vidéos, etc."),
            new Definition("rencontres-formations", "Rencontres, formations",
                    "Les choses à venir qu'on ne voudrait pas louper."),
            new Definition("feuille-de-route", "Feuille de route",
                    "État des lieux de tous les points sur lesquels il faut travailler pour que les médiathèques "
                            + "tiers-lieux puissent se développer."),
            new Definition("partage-d-experiences", "Partage d'expériences",
                    "Pour partager, par écrit, en vidéo ou en visio, nos projets de médiathèques tiers-lieux ou de "
                            + "tiers-lieux incluant une médiathèque."),
            new Definition("co-developpement", "Co-développement / atelier d'entraide",
                    "Un format pour partager une problématique et s'appuyer sur les expériences du groupe pour avancer."));

    void onGroupCreated(@Observes GroupCreated created) {
        createFor(created.groupId());
    }

    public static void createFor(long groupId) {
        for (int i = 0; i < ALL.size(); i++) {
            Definition definition = ALL.get(i);
            Category category = new Category();
            category.groupId = groupId;
            category.slug = definition.slug();
            category.name = definition.name();
            category.description = definition.description();
            category.position = i + 1;
            category.persist();
        }
    }
}
