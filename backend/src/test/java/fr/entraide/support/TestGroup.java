package fr.entraide.support;

/** A group made for one test, and its coordinator (an ordinary member, not a site admin). */
public record TestGroup(String slug, TestUser coordinator) {
}
