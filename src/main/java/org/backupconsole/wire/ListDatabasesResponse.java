package org.backupconsole.wire;

import java.util.List;

public record ListDatabasesResponse(List<DatabaseJson> databases, Pagination pagination) {
}
