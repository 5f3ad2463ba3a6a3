package fr.entraide.accounts;

import fr.entraide.accounts.api.OwnFile;

import java.util.List;

/**
 * The files an account uploaded, for the export of its data. The files part implements it, so that accounts depends
 * on no feature. Deleting an account keeps its files, like its posts (they belong to the group's conversations):
 * the uploader is shown as "ancien membre"; the person removes files beforehand if they wish (DELETE /files/{id}).
 */
public interface AccountFiles {

    List<OwnFile> uploadedBy(long userId);
}
