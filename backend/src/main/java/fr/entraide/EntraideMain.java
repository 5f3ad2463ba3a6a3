package fr.entraide;

import fr.entraide.local.LocalMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts Entraide; with no database configured, first its own PostgreSQL (see {@link LocalMode}). */
@QuarkusMain
public class EntraideMain {

    public static void main(String... args) {
        LocalMode.prepareIfNoDatabase();
        Quarkus.run(args);
    }
}
