package org.backupconsole.engine;

import java.util.Optional;

import org.backupconsole.engine.model.FaultRule;

/** What the Simulator page's fault toggles make fail: every backup run, or every restore job, of every cluster. */
public enum FailingJobs {
    BACKUP_RUNS(FaultRule.Target.BACKUP),
    RESTORE_JOBS(FaultRule.Target.RESTORE);

    private final FaultRule.Target target;

    FailingJobs(FaultRule.Target target) {
        this.target = target;
    }

    FaultRule toggle(int errorCode, String message) {
        return new FaultRule("", target, Optional.empty(), Optional.empty(), 1.0, errorCode, message);
    }

    /** A rule a toggle made: every cluster, for ever, every time. */
    boolean isToggle(FaultRule rule) {
        return rule.target() == target && rule.clusterId().isEmpty() && rule.times().isEmpty() && rule.probability() >= 1;
    }
}
