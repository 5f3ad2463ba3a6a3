package fr.entraide.files;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/** The one {@link FileStore} of the application, chosen by {@code app.files.store}. */
@ApplicationScoped
public class FileStores {

    private static final Logger LOG = Logger.getLogger(FileStores.class);

    @Produces
    @ApplicationScoped
    @Startup
    FileStore store(FilesConfig config) {
        if (config.store() == FilesConfig.Store.S3) {
            S3FileStore store = new S3FileStore(config.s3());
            store.ensureBucket();
            LOG.infof("Files kept in the S3 bucket %s", config.s3().bucket());
            return store;
        }
        Path folder = Path.of(config.localDir());
        LOG.infof("Files kept in %s", folder.toAbsolutePath());
        return new LocalFileStore(folder);
    }

    void close(@Disposes FileStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
