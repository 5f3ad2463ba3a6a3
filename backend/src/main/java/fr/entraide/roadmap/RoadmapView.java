package fr.entraide.roadmap;

import java.util.List;

public record RoadmapView(List<AxisView> axes, RoadmapCan can) {
}
