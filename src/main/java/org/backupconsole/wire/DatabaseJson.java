package org.backupconsole.wire;

import com.fasterxml.jackson.annotation.JsonFormat;

/** {@code Database}: a database of a cluster, as ListDatabases lists it and DeleteDatabase answers. */
public record DatabaseJson(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) Long tableCount) {
}
