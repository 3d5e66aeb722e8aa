package org.backupconsole.ui.drills;

import java.time.Duration;
import java.util.Optional;

/** How a trainee has done on one drill so far: tries, passes and the shortest simulated time to pass. */
public record DrillRecord(int tries, int passes, Optional<Duration> bestTime) {

    public static final DrillRecord NONE = new DrillRecord(0, 0, Optional.empty());

    /** "Not tried yet", "Tried 2 times, not passed yet", "Passed 1 of 3 tries · best 1 h 12 min". */
    public String summary() {
        if (tries == 0) {
            return "Not tried yet";
        }
        if (passes == 0) {
            return "Tried " + tries + (tries == 1 ? " time" : " times") + ", not passed yet";
        }
        return "Passed " + passes + " of " + tries + (tries == 1 ? " try" : " tries")
                + bestTime.map(best -> " · best " + SimulatedTime.of(best)).orElse("");
    }
}
