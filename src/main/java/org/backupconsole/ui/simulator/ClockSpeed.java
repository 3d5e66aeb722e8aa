package org.backupconsole.ui.simulator;

import java.util.Arrays;
import java.util.Optional;

/** The speeds the Simulator page offers: how much virtual time passes in one real second. */
public enum ClockSpeed {
    REAL_TIME("Real time", 1),
    MINUTE_PER_SECOND("1 min/s", 60),
    HOUR_PER_SECOND("1 h/s", 3_600),
    DAY_PER_SECOND("1 day/s", 86_400);

    private final String label;
    private final double factor;

    ClockSpeed(String label, double factor) {
        this.label = label;
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** The offered speed with this factor; a saved session may run at another speed. */
    static Optional<ClockSpeed> of(double factor) {
        return Arrays.stream(values()).filter(speed -> speed.factor == factor).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
