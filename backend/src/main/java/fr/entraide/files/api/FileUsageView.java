package fr.entraide.files.api;

import java.util.List;

/** The storage a group uses: its files (not removed) counted and summed, and the most recent of them. */
public record FileUsageView(long fileCount, long totalBytes, List<FileView> recent) {
}
