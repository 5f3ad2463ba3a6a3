package fr.entraide.roadmap.api;

import fr.entraide.forum.WatchLevel;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.roadmap.ActionCan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action with what its page needs around it. */
public record ActionPage(
        ActionView action,
        AxisRef axis,
        GroupRef group,
        @Schema(description = "L'appelant s'est emparé de l'action") boolean volunteering,
        ActionCan can,
        @Schema(description = "Niveau de cloche de l'appelant sur la discussion de l'action") WatchLevel subscription) {

    public record AxisRef(long id, String title) {
    }
}
