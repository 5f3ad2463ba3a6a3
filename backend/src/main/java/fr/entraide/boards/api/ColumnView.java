package fr.entraide.boards.api;

import java.util.List;

public record ColumnView(long id, String name, int position, List<CardView> cards) {
}
