package org.backupconsole.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.ui.backups.PageState;
import org.backupconsole.ui.common.TimeFormats;

/**
 * The window's status bar: which backend the window shows and where it is, when the page was last refreshed, what
 * the client is doing now (such as waiting to retry a read), and on the simulator its present time.
 */
public final class StatusViewModel {

    private final InstantSource wallClock;
    private final ZoneId zone;
    private final Executor ui;
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "");
    private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper(this, "refreshed", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper simulatedTime = new ReadOnlyStringWrapper(this, "simulatedTime", "");
    private Supplier<Instant> simulationClock;

    /**
     * @param backendText what the window shows, in one sentence: "Simulator in this app." or the API's address
     * @param pageState   the Backup Recovery page's state: each time it is ready, the page has been refreshed
     * @param ui          runs the client's reports, which come from the thread of the call, on the UI thread
     */
    public StatusViewModel(String backendText, ObservableValue<PageState> pageState, InstantSource wallClock,
                           ZoneId zone, Executor ui) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.ui = Objects.requireNonNull(ui, "ui");
        backend.set(backendText);
        pageState.addListener((obs, old, state) -> {
            if (state == PageState.READY || state == PageState.EMPTY) {
                refreshed.set("Page refreshed at " + TimeFormats.localTime(wallClock.instant(), zone) + ".");
            }
        });
    }

    /** The listener a backend reports its retries to. */
    public ClientActivity clientActivity() {
        return new ClientActivity() {
            @Override
            public void retrying(int nextAttempt, int attempts, Duration wait, FailureReason reason) {
                String text = "Retry " + nextAttempt + " of " + attempts + " in " + seconds(wait) + ": " + words(reason) + ".";
                ui.execute(() -> activity.set(text));
            }

            @Override
            public void settled() {
                ui.execute(() -> activity.set(""));
            }
        };
    }

    private static String seconds(Duration wait) {
        long rounded = Math.max(1, Math.round(wait.toMillis() / 1000.0));
        return rounded + " s";
    }

    private static String words(FailureReason reason) {
        return switch (reason) {
            case RATE_LIMITED -> "rate limited";
            case SERVER_ERROR -> "the service failed";
            case NETWORK -> "the network failed";
            default -> "the call failed";
        };
    }

    /** On the simulator: shows its present time from now on, read again at each {@link #tick()}. */
    public void showSimulatedTime(Supplier<Instant> clock) {
        this.simulationClock = Objects.requireNonNull(clock, "clock");
        tick();
    }

    /** Reads the simulation's clock again; the view calls this every second. */
    public void tick() {
        if (simulationClock != null) {
            simulatedTime.set("Simulated time " + TimeFormats.local(simulationClock.get(), zone) + ".");
        }
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    /** What the client is doing now, such as "Retry 2 of 4 in 3 s: rate limited."; empty while it just works. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Empty unless the window shows a simulation. */
    public ReadOnlyStringProperty simulatedTimeProperty() {
        return simulatedTime.getReadOnlyProperty();
    }
}
