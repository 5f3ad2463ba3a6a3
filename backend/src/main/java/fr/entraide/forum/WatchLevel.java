package fr.entraide.forum;

/** The bell's levels, from most to least talkative. */
public enum WatchLevel {
    /** "Surveiller": told of every new post. */
    WATCHING,
    /** "Premier message seulement": categories only, told of every new thread. */
    WATCHING_FIRST_POST,
    /** "Suivre": unread counts, no notification. */
    TRACKING,
    /** Told only when mentioned. */
    NORMAL,
    /** Never told, not even of mentions. */
    MUTED;

    /** What a category's level means for one of its threads, for a post that is or is not the thread's first. */
    public WatchLevel forThread(boolean firstPost) {
        if (this == WATCHING_FIRST_POST) {
            return firstPost ? WATCHING : NORMAL;
        }
        return this;
    }

    public boolean countsUnread() {
        return this == WATCHING || this == TRACKING;
    }
}
