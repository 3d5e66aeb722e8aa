package org.backupconsole.ui.restore;

import java.util.Objects;
import java.util.Optional;

import org.backupconsole.domain.Catalog;

/**
 * What the backup being restored holds, as far as the dialog knows it.
 *
 * @param catalog        its databases, schemas and tables; empty while loading or when they cannot be known
 * @param unknownBecause why they cannot be known, as sentences; empty while loading or once known
 */
record BackupHolds(Optional<Catalog> catalog, String unknownBecause) {

    static final BackupHolds LOADING = new BackupHolds(Optional.empty(), "");
    static final String NOT_LISTED = "The Cloud API does not list a backup's contents, so the app cannot say which"
            + " databases and tables come back.";

    BackupHolds {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(unknownBecause, "unknownBecause");
    }

    static BackupHolds known(Catalog catalog) {
        return new BackupHolds(Optional.of(catalog), "");
    }

    static BackupHolds unknown(String because) {
        return new BackupHolds(Optional.empty(), because);
    }
}
