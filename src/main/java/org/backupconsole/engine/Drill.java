package org.backupconsole.engine;

import java.util.List;

/**
 * The exercise a training scenario sets: what to achieve, the steps that lead there, hints, and the checks
 * that tell whether the trainee has achieved it. Read from the scenario file's {@code drill} section.
 */
public record Drill(String title, String goal, List<String> steps, List<String> hints, List<DrillCheck> checks) {

    public Drill {
        steps = List.copyOf(steps);
        hints = List.copyOf(hints);
        checks = List.copyOf(checks);
    }

    static Drill read(JsonIn in) {
        in.allowing("title", "goal", "steps", "hints", "checks");
        List<DrillCheck> checks = in.field("checks").items().stream().map(DrillCheck::read).toList();
        if (checks.isEmpty()) {
            throw in.field("checks").invalid("a drill needs at least one check, or nobody can tell when it is done.");
        }
        return new Drill(in.field("title").text(), in.field("goal").text(), in.field("steps").texts(),
                in.optional("hints").map(JsonIn::texts).orElse(List.of()), checks);
    }
}
