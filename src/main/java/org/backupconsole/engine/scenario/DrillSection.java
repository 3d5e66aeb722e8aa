package org.backupconsole.engine.scenario;

import java.time.Instant;
import java.util.List;

import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.file.JsonIn;
import org.backupconsole.engine.model.EngineReads;

/**
 * The exercise a training scenario sets: what to achieve, the steps that lead there, hints, and the checks
 * that tell whether the trainee has achieved it. Read from the scenario file's {@code drill} section.
 */
public record DrillSection(String title, String goal, List<String> steps, List<String> hints, List<DrillCheck> checks) {

    public DrillSection {
        steps = List.copyOf(steps);
        hints = List.copyOf(hints);
        checks = List.copyOf(checks);
    }

    /** How each check stands now, for a drill begun at {@code drillStart} on a history begun at {@code historyStart}. */
    public List<DrillOutcome> judge(EngineReads engine, Instant historyStart, Instant drillStart) {
        DrillCheck.Judging judging = new DrillCheck.Judging(engine, historyStart, drillStart);
        return checks.stream().map(check -> check.judge(judging)).toList();
    }

    static DrillSection read(JsonIn in) {
        in.allowing("title", "goal", "steps", "hints", "checks");
        List<DrillCheck> checks = in.field("checks").items().stream().map(DrillCheck::read).toList();
        if (checks.isEmpty()) {
            throw in.field("checks").invalid("a drill needs at least one check, or nobody can tell when it is done.");
        }
        return new DrillSection(in.field("title").text(), in.field("goal").text(), in.field("steps").texts(),
                in.optional("hints").map(JsonIn::texts).orElse(List.of()), checks);
    }
}
