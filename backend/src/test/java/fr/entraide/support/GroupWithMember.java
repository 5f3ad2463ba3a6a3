package fr.entraide.support;

/** A group made for one test, its coordinator, and one active member who is not a coordinator. */
public record GroupWithMember(TestGroup group, TestUser member) {

    public String slug() {
        return group.slug();
    }
}
