package org.backupconsole.wire;

import java.util.List;

public record ListBackupsResponse(List<BackupSummaryJson> backups, Pagination pagination) {
}
