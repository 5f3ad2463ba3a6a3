package fr.entraide.files;

import fr.entraide.accounts.AccountFiles;
import fr.entraide.accounts.api.OwnFile;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** The files of an account, for its data export (GDPR access and portability). */
@ApplicationScoped
public class FilesOfAccounts implements AccountFiles {

    @Override
    public List<OwnFile> uploadedBy(long userId) {
        return StoredFile.getEntityManager().createQuery("""
                        select f, g.slug from StoredFile f join Group g on g.id = f.groupId
                        where f.uploaderId = :user order by f.id""", Object[].class)
                .setParameter("user", userId).getResultStream()
                .map(row -> {
                    StoredFile f = (StoredFile) row[0];
                    Instant removed = f.deletedAt;
                    return new OwnFile(f.id, (String) row[1], f.name, f.contentType, f.size, FileLinks.path(f.id, null),
                            f.createdAt, removed);
                })
                .toList();
    }
}
