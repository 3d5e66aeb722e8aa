package org.backupconsole.engine;

import java.util.List;

import org.backupconsole.engine.scenario.DrillSection;

/**
 * A drill as the trainee reads it: the title, the goal, the steps that lead there and hints. Its checks are judged
 * by {@link Simulation#judge}, which is all a caller needs of them.
 */
public final class Drill {

    private final DrillSection section;

    Drill(DrillSection section) {
        this.section = section;
    }

    public String title() {
        return section.title();
    }

    public String goal() {
        return section.goal();
    }

    public List<String> steps() {
        return section.steps();
    }

    public List<String> hints() {
        return section.hints();
    }

    DrillSection section() {
        return section;
    }
}
