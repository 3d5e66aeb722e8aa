package org.backupconsole.wire;

/** {@code RestoreOpts}; every field optional. */
public record RestoreOptsJson(
        String newDbName,
        String intoDb,
        Boolean schemaOnly,
        Boolean skipLocalitiesCheck,
        Boolean skipMissingForeignKeys,
        Boolean skipMissingSequences,
        Boolean skipMissingViews) {
}
