package org.backupconsole.engine.scenario;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.engine.file.JsonIn;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.Cast;

/** A scenario being played: the engine, and the names its steps give clusters and members, mapped to their ids. */
final class ScenarioRun {

    final BackupEngine engine;
    private final Map<String, String> clusterIds = new HashMap<>();
    private final Map<String, String> memberIds = new HashMap<>();
    private String desktopUserId;
    private String adminAccountId;

    ScenarioRun(BackupEngine engine) {
        this.engine = engine;
    }

    void nameCluster(String name, String id) {
        clusterIds.put(name, id);
    }

    void nameMember(String name, String id, boolean desktopUser, boolean adminAccount) {
        memberIds.put(name, id);
        if (desktopUser) {
            desktopUserId = id;
        }
        if (adminAccount) {
            adminAccountId = id;
        }
    }

    /** The id of the cluster a step names; the name must have been created by an earlier step. */
    String cluster(JsonIn name) {
        String id = clusterIds.get(name.text());
        if (id == null) {
            throw name.invalid("no cluster named \"" + name.text() + "\" was created before this step.");
        }
        return id;
    }

    String latestCompleteBackup(String clusterId, Instant before, JsonIn step) {
        return engine.reads().backups(clusterId, new TimeRange(Optional.empty(), Optional.of(before))).stream()
                .filter(Backup::isComplete).findFirst().map(Backup::id)
                .orElseThrow(() -> step.field("backupTakenBefore").invalid("the cluster has no complete backup before "
                        + before + "."));
    }

    /** The member a step acts as: the one named by {@code as}, or the desktop user. */
    String actor(JsonIn step) {
        Optional<JsonIn> as = step.optional("as");
        if (as.isEmpty()) {
            if (desktopUserId == null) {
                throw step.invalid("add the desktop user before this step, or say who acts with \"as\".");
            }
            return desktopUserId;
        }
        String id = memberIds.get(as.get().text());
        if (id == null) {
            throw as.get().invalid("no member named \"" + as.get().text() + "\" was added before this step.");
        }
        return id;
    }

    /** The desktop user and the admin account, once the steps have named both. */
    Optional<Cast> cast() {
        return desktopUserId == null || adminAccountId == null ? Optional.empty()
                : Optional.of(new Cast(desktopUserId, adminAccountId));
    }
}
