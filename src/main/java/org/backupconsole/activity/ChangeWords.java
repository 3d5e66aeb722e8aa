package org.backupconsole.activity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreType;

/** The words of each change in the journal's "what". */
final class ChangeWords {

    private ChangeWords() {
    }

    static String restore(RestoreType type, List<RestoreItem> objects, String source, Optional<String> backupId,
                          String destination) {
        String backup = backupId.map(id -> "backup " + id).orElse("latest backup");
        String scope = switch (type) {
            case CLUSTER -> "the whole cluster";
            case DATABASE, TABLE -> objects(objects);
        };
        return "Restore " + scope + " from " + source + "'s " + backup + " into " + destination;
    }

    static String objects(List<RestoreItem> objects) {
        return objects.stream().map(ChangeWords::object).collect(Collectors.joining(", "));
    }

    private static String object(RestoreItem item) {
        return item.table().map(table -> "table " + item.database() + "." + item.schema().orElse("public") + "." + table)
                .orElse("database " + item.database());
    }

    static String settings(Optional<BackupSettings> before, BackupSettingsUpdate update) {
        StringBuilder words = new StringBuilder("Change backup settings:");
        update.enabled().ifPresent(on -> words.append(on ? " enable backups;" : " disable backups;"));
        update.frequencyMinutes().ifPresent(minutes -> words.append(" frequency ")
                .append(before.map(was -> was.frequencyMinutes() + " → ").orElse("")).append(minutes).append(" min;"));
        update.retentionDays().ifPresent(days -> words.append(" retention ")
                .append(before.map(was -> was.retentionDays() + " → ").orElse("")).append(days).append(" days;"));
        words.setLength(words.length() - 1);
        return words.toString();
    }

    static String settings(BackupSettings settings) {
        return (settings.enabled() ? "enabled" : "disabled") + ", every " + settings.frequencyMinutes()
                + " min, kept " + settings.retentionDays() + " days";
    }

    static String type(RestoreType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
