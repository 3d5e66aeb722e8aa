package org.backupconsole.wire;

import java.util.List;

public record ListRestoresResponse(List<RestoreJson> restores, Pagination pagination) {
}
