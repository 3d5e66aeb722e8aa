package org.backupconsole.domain;

import java.util.Objects;
import java.util.Optional;

/** The restore options of the Cloud API (`restore_opts`); all optional. */
public record RestoreOptions(
        Optional<String> newDatabaseName,
        Optional<String> intoDatabase,
        boolean schemaOnly,
        boolean skipLocalitiesCheck,
        boolean skipMissingForeignKeys,
        boolean skipMissingSequences,
        boolean skipMissingViews) {

    public static final RestoreOptions NONE =
            new RestoreOptions(Optional.empty(), Optional.empty(), false, false, false, false, false);

    public RestoreOptions {
        Objects.requireNonNull(newDatabaseName, "newDatabaseName");
        Objects.requireNonNull(intoDatabase, "intoDatabase");
    }
}
