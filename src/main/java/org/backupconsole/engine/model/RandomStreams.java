package org.backupconsole.engine.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The engine's randomness: one seeded stream per purpose, split from the seed once, at construction, in the
 * order of {@link Purpose}. A draw for one purpose never moves another purpose's draws, so adding a fault rule
 * leaves the ids of later clusters as they were, and the network's losses never touch the engine's history.
 *
 * <p>A new purpose goes at the end of {@link Purpose}, which keeps every earlier stream as it was. Anything that
 * changes what a stream gives (the order, a draw added to or removed from a rule) changes how a saved history
 * replays, and bumps {@link BackupEngine#RULES_VERSION}.
 */
public final class RandomStreams {

    /** What a stream is drawn for. The order is the order of the splits, so it is part of the rules. */
    public enum Purpose {
        MEMBER_IDS,
        CLUSTER_IDS,
        BACKUP_IDS,
        RESTORE_IDS,
        FAULT_RULE_IDS,
        BACKUP_REGIONS,
        SCHEDULE_OFFSETS,
        BACKUP_FAULTS,
        RESTORE_FAULTS,
        JOB_IDS,
        /** Drawn by the simulation in front of the engine, never by the engine. */
        NETWORK
    }

    private final Map<Purpose, SplittableRandom> streams = new EnumMap<>(Purpose.class);

    public RandomStreams(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        for (Purpose purpose : Purpose.values()) {
            streams.put(purpose, root.split());
        }
    }

    public SplittableRandom get(Purpose purpose) {
        return streams.get(purpose);
    }
}
