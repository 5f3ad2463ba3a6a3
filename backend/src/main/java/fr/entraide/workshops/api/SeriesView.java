package fr.entraide.workshops.api;

import java.util.List;

public record SeriesView(long id, String title, String description, List<WorkshopView> workshops) {
}
