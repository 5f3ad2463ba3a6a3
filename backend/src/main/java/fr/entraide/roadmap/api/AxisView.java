package fr.entraide.roadmap.api;

import java.util.List;

public record AxisView(long id, String title, String description, int position, long version, List<ActionView> actions) {
}
