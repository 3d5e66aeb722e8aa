package org.backupconsole.engine.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.DrillOutcome.State;
import org.backupconsole.engine.file.JsonIn;
import org.backupconsole.engine.file.JsonKind;
import org.backupconsole.engine.model.CatalogEdits;
import org.backupconsole.engine.model.EngineReads;
import org.backupconsole.engine.model.Kinds;

/**
 * One condition of a drill's goal, judged on what the engine holds as the trainee works: PENDING, MET or BROKEN
 * (see {@link DrillOutcome}). Times in a check are offsets from the start of the scenario's history, like the steps
 * of its timeline. A check reads snapshots only, so judging changes nothing. A new check is one type here, with its
 * {@link JsonKind}, and one line in {@link #KINDS}.
 */
sealed interface DrillCheck {

    /** What the check says it asks, in the drill author's words. */
    String says();

    DrillOutcome judge(Judging on);

    Kinds<JsonKind<DrillCheck>> KINDS = Kinds.of("check", JsonKind::name, List.of(
            DataAsBackedUp.KIND,
            NoBackupNewerThan.KIND,
            RestoreSucceeded.KIND,
            SettingsAre.KIND,
            NewBackups.KIND,
            BackupsExpired.KIND,
            ClusterGone.KIND));

    static DrillCheck read(JsonIn in) {
        return JsonKind.read(KINDS, "check", in);
    }

    /** What the engine holds, read-only, and the moments a check measures from: the start of the history and the drill. */
    record Judging(EngineReads engine, Instant historyStart, Instant drillStart) {

        Instant at(Duration offset) {
            return historyStart.plus(offset);
        }

        /** The cluster of that name; a deleted one only when no live cluster has the name. */
        Optional<Cluster> cluster(String name) {
            Cluster deleted = null;
            for (Cluster cluster : engine.clusters()) {
                if (cluster.name().equals(name)) {
                    if (cluster.state() != ClusterState.DELETED) {
                        return Optional.of(cluster);
                    }
                    deleted = cluster;
                }
            }
            return Optional.ofNullable(deleted);
        }

        /** Restores into the cluster started since the drill began, newest first. */
        List<Restore> restoresSinceStart(Cluster cluster) {
            return engine.restores(cluster.id()).stream().filter(r -> !r.createdAt().isBefore(drillStart)).toList();
        }

        /** The newest complete backup of the cluster taken at or before the moment. */
        Optional<Backup> backupAtOrBefore(Cluster cluster, Instant moment) {
            return engine.backups(cluster.id(), new TimeRange(Optional.empty(), Optional.of(moment.plusNanos(1))))
                    .stream().filter(Backup::isComplete).findFirst();
        }

        DrillOutcome outcome(DrillCheck check, State state, String detail) {
            return new DrillOutcome(check.says(), state, detail);
        }

        /** Judges the named cluster, or says it does not exist. */
        DrillOutcome onCluster(DrillCheck check, String name, Function<Cluster, DrillOutcome> judge) {
            return cluster(name).map(judge)
                    .orElseGet(() -> outcome(check, State.PENDING, "There is no cluster named " + name + "."));
        }
    }

    /**
     * A clock time as trainees read it in the drill's side panel: in the app's one style ("Nov 23, 2026, 3:30 PM
     * UTC"), in UTC, because the engine's checks do not know the reader's zone.
     */
    static String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /**
     * The cluster's data (or one database of it) is what the newest backup taken before a moment holds, and
     * got there by a restore during the drill. A restore that brought back other data breaks it.
     */
    record DataAsBackedUp(String says, String cluster, Optional<String> database, Duration backupTakenBefore)
            implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("dataAsBackedUp", in -> {
            in.allowing("check", "says", "cluster", "database", "backupTakenBefore");
            return new DataAsBackedUp(in.field("says").text(), in.field("cluster").text(),
                    in.optional("database").map(JsonIn::text), in.field("backupTakenBefore").duration());
        });

        @Override
        public DrillOutcome judge(Judging on) {
            return on.onCluster(this, cluster, found -> judge(on, found));
        }

        private DrillOutcome judge(Judging on, Cluster found) {
            Instant moment = on.at(backupTakenBefore);
            Optional<Backup> expected = on.backupAtOrBefore(found, moment);
            if (expected.isEmpty()) {
                return on.outcome(this, State.BROKEN, "No backup of " + cluster + " from before " + time(moment)
                        + " is left: it expired.");
            }
            Optional<Restore> restored = on.restoresSinceStart(found).stream()
                    .filter(r -> r.status() == RestoreStatus.SUCCESS).findFirst();
            if (restored.isEmpty()) {
                return on.outcome(this, State.PENDING, "Nothing has been restored into " + cluster + " yet.");
            }
            Catalog wanted = on.engine().backupContents(found.id(), expected.get().id());
            Catalog now = on.engine().catalog(found.id());
            String what = database.map(db -> "database " + db).orElse("the data of " + cluster);
            boolean same = database.map(db -> CatalogEdits.database(now, db).equals(CatalogEdits.database(wanted, db)))
                    .orElse(now.equals(wanted));
            String from = "the backup of " + time(restored.get().backupEndTime());
            if (same) {
                String sentence = Character.toUpperCase(what.charAt(0)) + what.substring(1);
                return on.outcome(this, State.MET, sentence + " is back as the backup of "
                        + time(expected.get().asOfTime()) + " holds it (restored from " + from + ").");
            }
            return on.outcome(this, State.BROKEN, "Restored from " + from + ", but " + what
                    + " is not as it was in the backup of " + time(expected.get().asOfTime())
                    + ": what was written in between is missing or wrong.");
        }
    }

    /** No restore into the cluster during the drill used a backup taken after the moment (the incident). */
    record NoBackupNewerThan(String says, String cluster, Duration incidentAt) implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("noBackupNewerThan", in -> {
            in.allowing("check", "says", "cluster", "incidentAt");
            return new NoBackupNewerThan(in.field("says").text(), in.field("cluster").text(),
                    in.field("incidentAt").duration());
        });

        @Override
        public DrillOutcome judge(Judging on) {
            Instant incident = on.at(incidentAt);
            return on.onCluster(this, cluster, found -> on.restoresSinceStart(found).stream()
                    .filter(r -> r.status() != RestoreStatus.FAILED && r.backupEndTime().isAfter(incident))
                    .findFirst()
                    .map(r -> on.outcome(this, State.BROKEN, "A restore used the backup of " + time(r.backupEndTime())
                            + ", taken after the incident at " + time(incident) + "."))
                    .orElseGet(() -> on.outcome(this, State.MET, "No backup taken after " + time(incident)
                            + " has been used.")));
        }
    }

    /**
     * A restore from one cluster into another (or the same) succeeded during the drill, from a backup taken
     * before a moment when one is given. When every such backup has expired unrestored, it is broken.
     */
    record RestoreSucceeded(String says, String source, String destination, Optional<Duration> backupTakenBefore)
            implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("restoreSucceeded", in -> {
            in.allowing("check", "says", "source", "destination", "backupTakenBefore");
            return new RestoreSucceeded(in.field("says").text(), in.field("source").text(),
                    in.field("destination").text(), in.optional("backupTakenBefore").map(JsonIn::duration));
        });

        @Override
        public DrillOutcome judge(Judging on) {
            return on.onCluster(this, destination, into -> judge(on, into));
        }

        private DrillOutcome judge(Judging on, Cluster into) {
            Optional<Cluster> from = on.cluster(source);
            Optional<Instant> before = backupTakenBefore.map(on::at);
            List<Restore> matching = on.restoresSinceStart(into).stream()
                    .filter(r -> r.sourceClusterName().equals(source))
                    .filter(r -> before.map(moment -> !r.backupEndTime().isAfter(moment)).orElse(true))
                    .toList();
            Optional<Restore> succeeded = matching.stream().filter(r -> r.status() == RestoreStatus.SUCCESS).findFirst();
            if (succeeded.isPresent()) {
                return on.outcome(this, State.MET, "Restored the backup of " + time(succeeded.get().backupEndTime())
                        + " from " + source + " into " + destination + ".");
            }
            boolean running = matching.stream().anyMatch(r -> r.status() == RestoreStatus.PENDING);
            if (running) {
                return on.outcome(this, State.PENDING, "A restore from " + source + " into " + destination + " is running.");
            }
            if (before.isPresent() && (from.isEmpty() || on.backupAtOrBefore(from.get(), before.get()).isEmpty())) {
                return on.outcome(this, State.BROKEN, "Every backup of " + source + " from before "
                        + time(before.get()) + " expired before it was restored.");
            }
            return on.outcome(this, State.PENDING, "No restore from " + source + " into " + destination
                    + " has succeeded yet.");
        }
    }

    /** The cluster's backup settings are these; a retention that can no longer be changed to it breaks it. */
    record SettingsAre(String says, String cluster, Optional<Integer> frequencyMinutes, Optional<Integer> retentionDays)
            implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("settings", in -> {
            in.allowing("check", "says", "cluster", "frequencyMinutes", "retentionDays");
            return new SettingsAre(in.field("says").text(), in.field("cluster").text(),
                    in.optional("frequencyMinutes").map(JsonIn::smallInteger),
                    in.optional("retentionDays").map(JsonIn::smallInteger));
        });

        @Override
        public DrillOutcome judge(Judging on) {
            return on.onCluster(this, cluster, found -> judge(on, found));
        }

        private DrillOutcome judge(Judging on, Cluster found) {
            BackupSettings settings = on.engine().settings(found.id());
            boolean frequencyRight = frequencyMinutes.map(f -> f == settings.frequencyMinutes()).orElse(true);
            boolean retentionRight = retentionDays.map(d -> d == settings.retentionDays()).orElse(true);
            String current = "Now: every " + settings.frequencyMinutes() + " minutes, kept "
                    + settings.retentionDays() + " days.";
            if (frequencyRight && retentionRight) {
                return on.outcome(this, State.MET, current);
            }
            if (!retentionRight && on.engine().retentionChanged(found.id())) {
                return on.outcome(this, State.BROKEN, current + " Retention can be changed only once, so it stays "
                        + settings.retentionDays() + " days.");
            }
            return on.outcome(this, State.PENDING, current);
        }
    }

    /** At least this many backups of the cluster were taken, and completed, since the drill began. */
    record NewBackups(String says, String cluster, int atLeast) implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("newBackups", in -> {
            in.allowing("check", "says", "cluster", "atLeast");
            int atLeast = in.field("atLeast").smallInteger();
            if (atLeast < 1) {
                throw in.field("atLeast").expected("a whole number of at least 1");
            }
            return new NewBackups(in.field("says").text(), in.field("cluster").text(), atLeast);
        });

        @Override
        public DrillOutcome judge(Judging on) {
            return on.onCluster(this, cluster, found -> {
                long taken = on.engine().backups(found.id(), new TimeRange(Optional.of(on.drillStart()), Optional.empty()))
                        .stream().filter(Backup::isComplete).count();
                return on.outcome(this, taken >= atLeast ? State.MET : State.PENDING,
                        taken + " of " + atLeast + " new backups complete.");
            });
        }
    }

    /** Every backup of the cluster taken before a moment has expired: the trainee watched retention run out. */
    record BackupsExpired(String says, String cluster, Duration takenBefore) implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("backupsExpired", in -> {
            in.allowing("check", "says", "cluster", "takenBefore");
            return new BackupsExpired(in.field("says").text(), in.field("cluster").text(),
                    in.field("takenBefore").duration());
        });

        @Override
        public DrillOutcome judge(Judging on) {
            Optional<Cluster> found = on.cluster(cluster);
            Instant moment = on.at(takenBefore);
            Optional<Backup> left = found.flatMap(c -> on.backupAtOrBefore(c, moment));
            return left.map(backup -> on.outcome(this, State.PENDING, "The backup of " + time(backup.asOfTime())
                            + " is still listed; it expires " + time(backup.expiresAt()) + "."))
                    .orElseGet(() -> on.outcome(this, State.MET, "No backup of " + cluster + " from before "
                            + time(moment) + " is listed any more."));
        }
    }

    /** The cluster is no longer listed: a deleted cluster disappears when its last backup expires. */
    record ClusterGone(String says, String cluster) implements DrillCheck {
        static final JsonKind<DrillCheck> KIND = new JsonKind<>("clusterGone", in -> {
            in.allowing("check", "says", "cluster");
            return new ClusterGone(in.field("says").text(), in.field("cluster").text());
        });

        @Override
        public DrillOutcome judge(Judging on) {
            Optional<Cluster> found = on.cluster(cluster);
            if (found.isEmpty()) {
                return on.outcome(this, State.MET, cluster + " and its backups are gone.");
            }
            Optional<Instant> lastExpiry = on.engine().backups(found.get().id(), TimeRange.ALL).stream()
                    .map(Backup::expiresAt).max(Instant::compareTo);
            return on.outcome(this, State.PENDING, lastExpiry
                    .map(at -> cluster + " stays listed until its last backup expires, " + time(at) + ".")
                    .orElse(cluster + " is still listed."));
        }
    }
}
