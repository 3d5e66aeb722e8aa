package org.backupconsole.ui.drills;

import java.time.Duration;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps each drill's record between runs in the user's preferences: tries, passes and the best simulated time.
 * Nothing else is stored. A store that cannot be written loses the record, never the drill.
 */
public final class DrillProgressStore {

    private static final String TRIES = ".tries";
    private static final String PASSES = ".passes";
    private static final String BEST_SECONDS = ".bestSeconds";

    private final Preferences node;

    public DrillProgressStore(Preferences node) {
        this.node = node;
    }

    public synchronized DrillRecord recordOf(String scenario) {
        long best = node.getLong(scenario + BEST_SECONDS, -1);
        return new DrillRecord(node.getInt(scenario + TRIES, 0), node.getInt(scenario + PASSES, 0),
                best < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(best)));
    }

    public synchronized void recordTry(String scenario) {
        node.putInt(scenario + TRIES, recordOf(scenario).tries() + 1);
        flush();
    }

    public synchronized void recordPass(String scenario, Duration taken) {
        DrillRecord before = recordOf(scenario);
        node.putInt(scenario + PASSES, before.passes() + 1);
        if (before.bestTime().map(best -> taken.compareTo(best) < 0).orElse(true)) {
            node.putLong(scenario + BEST_SECONDS, taken.toSeconds());
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The record stays in memory for this run; the drill itself is unaffected.
        }
    }
}
