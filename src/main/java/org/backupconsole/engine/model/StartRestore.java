package org.backupconsole.engine.model;

import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;

/** Starts a restore job after the service's checks; the destination is locked until the job ends. */
public record StartRestore(String principalId, RestoreRequest request) implements Command<Restore> {

    public static final CommandKind<StartRestore> KIND = new CommandKind<>(StartRestore.class, "startRestore",
            in -> new StartRestore(in.allowing("principal", "request").text("principal"), in.restoreRequest("request")));

    @Override
    public Restore applyTo(EngineState state) {
        Principal caller = state.organization.find(principalId);
        RestoreRules.Accepted accepted = state.restoreRules.check(caller, request);
        RestoreJob job = state.restoreCourse.start(request, accepted);
        state.restores.add(job);
        return job.snapshot(state.now());
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("principal", principalId).restoreRequest("request", request);
    }
}
