package org.backupconsole.wire;

/** {@code Database}: a database of a cluster, as ListDatabases lists it and DeleteDatabase answers. */
public record DatabaseJson(String name, @Int64 Long tableCount) {
}
