package com.followup.domain.importing;

/** Where an uploaded file is: shown for confirmation, imported, or the same content as a file imported before. */
public enum ImportStatus {
    PREVIEWED, IMPORTED, ALREADY_IMPORTED
}
