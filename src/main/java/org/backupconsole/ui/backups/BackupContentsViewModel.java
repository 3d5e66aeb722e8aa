package org.backupconsole.ui.backups;

import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.domain.Catalog;

/**
 * The ADVANCED drill-down from a backup to its databases, then to one database's tables. As in the console,
 * databases without tables are not listed.
 */
public final class BackupContentsViewModel {

    /** How deep the drill-down is. */
    public enum Level { BACKUPS, DATABASES, TABLES }

    /** A database of the backup and how many tables it holds. */
    public record DatabaseRow(String name, int tableCount) {
    }

    /** One step of the way down, as the breadcrumbs name it: choosing it goes back up to its level. */
    public record Crumb(String text, Level level) {
    }

    /** A table of the chosen database. */
    public record TableEntry(String database, String schema, String name) {
        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(this, "level", Level.BACKUPS);
    private final ObservableList<Crumb> path = FXCollections.observableArrayList();
    private final ObservableList<Crumb> pathView = FXCollections.unmodifiableObservableList(path);
    private final ObservableList<DatabaseRow> databases = FXCollections.observableArrayList();
    private final ObservableList<DatabaseRow> databasesView = FXCollections.unmodifiableObservableList(databases);
    private final ObservableList<TableEntry> tables = FXCollections.observableArrayList();
    private final ObservableList<TableEntry> tablesView = FXCollections.unmodifiableObservableList(tables);
    private BackupRow backup;
    private String database;

    /** Opens a backup's databases; does nothing when the backend cannot tell what the backup holds. */
    public void open(BackupRow row) {
        Optional<Catalog> contents = row.contents();
        if (contents.isEmpty()) {
            return;
        }
        backup = row;
        databases.setAll(contents.get().databases().stream()
                .filter(d -> d.tableCount() > 0)
                .map(d -> new DatabaseRow(d.name(), d.tableCount()))
                .toList());
        level.set(Level.DATABASES);
        path.setAll(backupsCrumb(), backupCrumb());
    }

    private static Crumb backupsCrumb() {
        return new Crumb("Backups", Level.BACKUPS);
    }

    private Crumb backupCrumb() {
        return new Crumb("Backup of " + backup.dataFrom(), Level.DATABASES);
    }

    public void openDatabase(String name) {
        Catalog.Database chosen = backup.contents().orElseThrow().databases().stream()
                .filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        database = name;
        tables.setAll(chosen.schemas().stream()
                .flatMap(s -> s.tables().stream().map(t -> new TableEntry(name, s.name(), t.name())))
                .toList());
        level.set(Level.TABLES);
        path.setAll(backupsCrumb(), backupCrumb(), new Crumb(name, Level.TABLES));
    }

    /** One level up: from tables to databases, from databases to the backups. */
    public void back() {
        if (level.get() == Level.TABLES) {
            goUpTo(Level.DATABASES);
        } else {
            close();
        }
    }

    /** Back up to a level the breadcrumbs name; a level no higher than the present one changes nothing. */
    public void goUpTo(Level up) {
        if (up == Level.BACKUPS) {
            close();
        } else if (up == Level.DATABASES && level.get() == Level.TABLES) {
            level.set(Level.DATABASES);
            path.setAll(backupsCrumb(), backupCrumb());
        }
    }

    void close() {
        level.set(Level.BACKUPS);
        path.clear();
        databases.clear();
        tables.clear();
        backup = null;
        database = null;
    }

    public BackupRow backup() {
        return backup;
    }

    public String database() {
        return database;
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Where the drill-down is, from the backups down, as breadcrumbs; empty at the backups. */
    public ObservableList<Crumb> path() {
        return pathView;
    }

    public ObservableList<DatabaseRow> databases() {
        return databasesView;
    }

    public ObservableList<TableEntry> tables() {
        return tablesView;
    }
}
