package org.backupconsole.wire;

import com.fasterxml.jackson.annotation.JsonFormat;

/** {@code ClusterConfig}: serverless for BASIC and STANDARD, dedicated for ADVANCED. */
public record ClusterConfigJson(Serverless serverless, Dedicated dedicated) {

    public record Serverless(String routingId, String upgradeType, UsageLimits usageLimits) {
    }

    /** The int64 limits travel as JSON strings. */
    public record UsageLimits(
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long provisionedVirtualCpus,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long requestUnitLimit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long storageMibLimit) {
    }

    public record Dedicated(String machineType, Integer numVirtualCpus, Integer storageGib, Float memoryGib,
                            Integer diskIops) {
    }
}
