package org.backupconsole.wire;

/** {@code ClusterConfig}: serverless for BASIC and STANDARD, dedicated for ADVANCED. */
public record ClusterConfigJson(Serverless serverless, Dedicated dedicated) {

    public record Serverless(String routingId, String upgradeType, UsageLimits usageLimits) {
    }

    /** The int64 limits travel as JSON strings. */
    public record UsageLimits(
            @Int64 Long provisionedVirtualCpus,
            @Int64 Long requestUnitLimit,
            @Int64 Long storageMibLimit) {
    }

    public record Dedicated(String machineType, Integer numVirtualCpus, Integer storageGib, Float memoryGib,
                            Integer diskIops) {
    }
}
