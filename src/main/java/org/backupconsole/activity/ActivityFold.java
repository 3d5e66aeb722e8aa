package org.backupconsole.activity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a restore's later outcome into the entry that requested it: the journal is only ever appended to, and the
 * page shows one row per restore with how it ended.
 */
final class ActivityFold {

    private ActivityFold() {
    }

    static List<ActivityEntry> fold(List<ActivityEntry> entries) {
        List<ActivityEntry> rows = new ArrayList<>(entries.size());
        Map<String, Integer> restoreRows = new HashMap<>();
        for (ActivityEntry entry : entries) {
            String key = restoreKey(entry);
            Integer row = key == null ? null : restoreRows.get(key);
            if (row != null) {
                rows.set(row, rows.get(row).endedAs(entry));
            } else {
                if (key != null) {
                    restoreRows.put(key, rows.size());
                }
                rows.add(entry);
            }
        }
        return rows;
    }

    /** A restore job is known by its cluster and id; other entries are not folded. */
    private static String restoreKey(ActivityEntry entry) {
        if (entry.action() != ActivityAction.RESTORE || entry.jobId().isEmpty()) {
            return null;
        }
        return entry.clusterId() + "/" + entry.jobId().get();
    }
}
