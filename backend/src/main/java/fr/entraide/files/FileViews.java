package fr.entraide.files;

import fr.entraide.accounts.User;
import fr.entraide.accounts.api.UserSummary;
import fr.entraide.files.api.FileView;
import fr.entraide.groups.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one place that turns stored files into their views, with what the caller may do on each. */
@ApplicationScoped
public class FileViews {

    @Inject
    FileLinks links;

    public FileView view(StoredFile file, User uploader, Standing standing, long callerId) {
        boolean image = file.image();
        return new FileView(file.id, file.name, file.contentType, file.size, FileLinks.path(file.id, null),
                image ? FileLinks.path(file.id, StoredFile.LARGE) : null, links.signed(file.id, null),
                image ? links.signed(file.id, StoredFile.THUMBNAIL) : null, file.width, file.height, file.alt,
                file.createdAt, UserSummary.of(uploader), FilePolicy.can(standing, file.uploaderId == callerId));
    }
}
