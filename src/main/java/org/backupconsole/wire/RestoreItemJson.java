package org.backupconsole.wire;

/** {@code RestoreItem}. The keys are lowercase: the service refuses {@code Database}, {@code Schema}, {@code Table}. */
public record RestoreItemJson(String database, String schema, String table) {
}
