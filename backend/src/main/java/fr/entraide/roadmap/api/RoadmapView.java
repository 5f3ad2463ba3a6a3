package fr.entraide.roadmap.api;

import fr.entraide.roadmap.RoadmapCan;

import java.util.List;

public record RoadmapView(List<AxisView> axes, RoadmapCan can) {
}
