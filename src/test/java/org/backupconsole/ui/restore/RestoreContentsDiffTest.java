package org.backupconsole.ui.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Catalog.Database;
import org.backupconsole.domain.Catalog.Schema;
import org.backupconsole.domain.Catalog.Table;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.testing.Catalogs;
import org.backupconsole.ui.restore.ContentsChange.Kind;
import org.junit.jupiter.api.Test;

/** The backup's contents against the target now, on hand-made catalogs. */
class RestoreContentsDiffTest {

    private static final RestoreOptions NO_OPTIONS = new RestoreOptions(Optional.empty(), Optional.empty(), false,
            false, false, false, false);

    @Test
    void aClusterRestoreSaysWhatComesBackWhatIsReplacedAndWhatDisappears() {
        Catalog now = new Catalog(List.of(
                new Database("movr", List.of(new Schema("public", List.of(new Table("users", 1), new Table("promo_codes", 1))))),
                new Database("analytics", List.of(new Schema("public", List.of(new Table("events", 1), new Table("daily", 1)))))));
        TargetContents target = new TargetContents("sandbox", now.databaseSummaries(), Optional.of(now));

        List<ContentsChange> diff = RestoreContentsDiff.of(RestoreScope.cluster(), NO_OPTIONS,
                BackupHolds.known(Catalogs.sample()), Optional.of(target));

        assertEquals(List.of(
                new ContentsChange(Kind.REPLACED, "movr is replaced by the backup's copy, with 3 tables (2 tables now);"
                        + " table public.promo_codes disappears."),
                new ContentsChange(Kind.COMES_BACK, "inventory comes back, with 1 table."),
                new ContentsChange(Kind.COMES_BACK, "scratch comes back, with 0 tables."),
                new ContentsChange(Kind.DISAPPEARS, "analytics disappears, with its 2 tables: the backup does not hold it.")),
                diff);
    }

    @Test
    void withoutTheTargetsTablesAReplacedDatabaseNamesNoTable() {
        TargetContents target = new TargetContents("sandbox", List.of(new DatabaseSummary("inventory", 4)), Optional.empty());

        List<ContentsChange> diff = RestoreContentsDiff.of(RestoreScope.cluster(), NO_OPTIONS,
                BackupHolds.known(Catalogs.sample()), Optional.of(target));

        assertEquals(new ContentsChange(Kind.REPLACED, "inventory is replaced by the backup's copy, with 1 table (4 tables now)."),
                diff.get(1));
    }

    @Test
    void whereTheBackupsContentsAreNotListedItSaysSoAndWhatAClusterRestoreErases() {
        TargetContents target = new TargetContents("sandbox", List.of(new DatabaseSummary("orders", 12)), Optional.empty());

        assertEquals(List.of(new ContentsChange(Kind.NOTE, BackupHolds.NOT_LISTED),
                new ContentsChange(Kind.DISAPPEARS, "orders (12 tables) is erased, and comes back only if the backup holds it.")),
                RestoreContentsDiff.of(RestoreScope.cluster(), NO_OPTIONS, BackupHolds.unknown(BackupHolds.NOT_LISTED),
                        Optional.of(target)));
        assertEquals(List.of(new ContentsChange(Kind.NOTE, BackupHolds.NOT_LISTED)),
                RestoreContentsDiff.of(RestoreScope.database("movr"), NO_OPTIONS,
                        BackupHolds.unknown(BackupHolds.NOT_LISTED), Optional.of(target)),
                "a database restore erases nothing");
    }

    @Test
    void aDatabaseRestoreTheServiceWouldRefuseBringsNothingBackWhateverTheBackupHolds() {
        TargetContents target = new TargetContents("sandbox", List.of(new DatabaseSummary("movr", 3)), Optional.empty());

        for (BackupHolds backup : List.of(BackupHolds.known(Catalogs.sample()), BackupHolds.unknown(BackupHolds.NOT_LISTED))) {
            assertEquals(List.of(RestoreContentsDiff.NOTHING_COMES_BACK), RestoreContentsDiff.of(
                    RestoreScope.database("movr"), NO_OPTIONS, backup, Optional.of(target)), "sandbox has a movr already");
        }
    }

    @Test
    void aDatabaseRestoreUnderANewNameSaysWhatComesBackAndThatTheRestStays() {
        RestoreOptions renamed = new RestoreOptions(Optional.of("movr_copy"), Optional.empty(), false, false, false, false, false);
        TargetContents target = new TargetContents("sandbox", List.of(new DatabaseSummary("movr", 3)), Optional.empty());

        assertEquals(List.of(new ContentsChange(Kind.COMES_BACK,
                        "movr comes back as movr_copy into sandbox, with 3 tables; its other databases do not change.")),
                RestoreContentsDiff.of(RestoreScope.database("movr"), renamed, BackupHolds.known(Catalogs.sample()),
                        Optional.of(target)));
    }

    @Test
    void nothingIsSaidBeforeTheTargetIsCheckedOrWhileTheBackupIsRead() {
        assertEquals(List.of(), RestoreContentsDiff.of(RestoreScope.cluster(), NO_OPTIONS,
                BackupHolds.known(Catalogs.sample()), Optional.empty()));
        assertEquals(List.of(), RestoreContentsDiff.of(RestoreScope.cluster(), NO_OPTIONS, BackupHolds.LOADING,
                Optional.of(new TargetContents("sandbox", List.of(), Optional.of(Catalog.EMPTY)))));
    }
}
