package fr.entraide.groups;

public enum Visibility {
    PUBLIC, PRIVATE
}
