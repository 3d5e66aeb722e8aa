package org.backupconsole.engine.model;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What commands act on: the engine's time, its clusters, restores, members and fault rules, the rules that change
 * them, and the seeded streams they draw from. Made once per engine; each part gets what it uses when it is made,
 * and takes the streams of its own purposes.
 */
final class EngineState {

    final EventKernel kernel;
    final Organization organization;
    final Clusters clusters = new Clusters();
    final RestoreJobs restores = new RestoreJobs();
    final FaultRules faults;
    final Access access;
    final IdGenerator memberIds;
    final IdGenerator clusterIds;
    final IdGenerator faultRuleIds;
    final SplittableRandom backupRegions;
    final BackupRuns runs;
    final RestoreRules restoreRules;
    final RestoreCourse restoreCourse;
    final SettingsRules settingsRules = new SettingsRules();

    EngineState(RandomStreams random, Instant start, String organizationName) {
        kernel = new EventKernel(start);
        organization = new Organization(organizationName);
        access = new Access(organization, clusters);
        faults = new FaultRules(random);
        memberIds = new IdGenerator(random.get(RandomStreams.Purpose.MEMBER_IDS));
        clusterIds = new IdGenerator(random.get(RandomStreams.Purpose.CLUSTER_IDS));
        faultRuleIds = new IdGenerator(random.get(RandomStreams.Purpose.FAULT_RULE_IDS));
        backupRegions = random.get(RandomStreams.Purpose.BACKUP_REGIONS);
        runs = new BackupRuns(kernel, faults, random);
        restoreRules = new RestoreRules(kernel, clusters);
        restoreCourse = new RestoreCourse(kernel, faults, random);
    }

    Instant now() {
        return kernel.now();
    }

    /** Forgets a deleted cluster whose last backup has expired, with the restores into it. */
    void purge(SimCluster cluster) {
        clusters.remove(cluster);
        restores.forget(cluster);
    }
}
