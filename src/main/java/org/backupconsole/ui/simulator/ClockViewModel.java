package org.backupconsole.ui.simulator;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.backupconsole.engine.SimulationSession;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.TimeFormats;

/**
 * The simulator's clock controls: the virtual time now, pause and resume, the speed, moving forward by an
 * hour, a day or a week, and jumping to a date and time. Moving the clock tells the pages to refresh.
 * The view calls {@link #refresh()} on a timer so that the time ticks; reading the clock never waits on the engine.
 */
public final class ClockViewModel {

    private final SimulationSession session;
    private final ZoneId zone;
    private final Runnable onTimeMoved;

    private final ReadOnlyStringWrapper now = new ReadOnlyStringWrapper(this, "now", "");
    private final ReadOnlyStringWrapper nowUtc = new ReadOnlyStringWrapper(this, "nowUtc", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ObjectProperty<ClockSpeed> speed = new SimpleObjectProperty<>(this, "speed");
    private final ObjectProperty<LocalDate> jumpDate = new SimpleObjectProperty<>(this, "jumpDate");
    private final StringProperty jumpTime = new SimpleStringProperty(this, "jumpTime", "09:00");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Command pauseOrResume;
    private final Command advanceHour;
    private final Command advanceDay;
    private final Command advanceWeek;
    private final Command jump;
    /** Checked again at each reading of the clock too, so that a time that has just passed is marked. */
    private final ReadOnlyStringWrapper jumpTimeProblem = new ReadOnlyStringWrapper(this, "jumpTimeProblem", "");
    private boolean showingClock;

    public ClockViewModel(SimulationSession session, ZoneId zone, Runnable onTimeMoved) {
        this.session = Objects.requireNonNull(session, "session");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.onTimeMoved = Objects.requireNonNull(onTimeMoved, "onTimeMoved");
        pauseOrResume = instant(() -> {
            if (clock().isPaused()) {
                clock().resume();
            } else {
                clock().pause();
            }
        });
        advanceHour = advancing(Duration.ofHours(1));
        advanceDay = advancing(Duration.ofDays(1));
        advanceWeek = advancing(Duration.ofDays(7));
        jump = new Command(Bindings.createBooleanBinding(() -> jumpDate.get() != null, jumpDate), done -> {
            jumpToChosenTime();
            done.run();
        });
        jumpDate.addListener((obs, was, is) -> checkJump());
        jumpTime.addListener((obs, was, is) -> checkJump());
        speed.addListener((obs, old, chosen) -> {
            if (chosen != null && !showingClock) {
                clock().setSpeed(chosen.factor());
            }
        });
        refresh();
    }

    /** Reads the clock into the properties: the time, whether it is paused and at which speed it runs. */
    public void refresh() {
        VirtualClock clock = clock();
        Instant time = clock.now();
        showingClock = true;
        try {
            now.set(TimeFormats.withSeconds(time, zone));
            nowUtc.set(TimeFormats.utcIfDifferent(time, zone).orElse(""));
            paused.set(clock.isPaused());
            speed.set(ClockSpeed.of(clock.speed()).orElse(null));
        } finally {
            showingClock = false;
        }
        checkJump();
    }

    private void checkJump() {
        jumpTimeProblem.set(jumpDate.get() == null ? "" : chosenJump().problem());
    }

    private void jumpToChosenTime() {
        Jump chosen = chosenJump();
        if (!chosen.problem().isEmpty()) {
            error.set(chosen.problem());
            return;
        }
        clock().jumpTo(chosen.target());
        moved();
    }

    /** Where the jump fields take the clock, or why they cannot: the time is not one, or lies out of reach. */
    private Jump chosenJump() {
        Instant target;
        try {
            target = jumpDate.get().atTime(LocalTime.parse(jumpTime.get().strip())).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return Jump.refused("\"" + jumpTime.get() + "\" is not a time of day; write it as HH:mm, such as 14:30.");
        }
        Instant current = clock().now();
        if (target.isBefore(current)) {
            return Jump.refused("The clock cannot go back: choose a time after " + TimeFormats.local(current, zone) + ".");
        }
        Instant farthest = current.plus(VirtualClock.MAX_MOVE);
        if (target.isAfter(farthest)) {
            return Jump.refused("The clock moves at most " + VirtualClock.MAX_MOVE.toDays()
                    + " days at once: choose a time before " + TimeFormats.local(farthest, zone) + ".");
        }
        return new Jump(target, "");
    }

    private record Jump(Instant target, String problem) {
        static Jump refused(String problem) {
            return new Jump(null, problem);
        }
    }

    private Command advancing(Duration step) {
        return instant(() -> {
            clock().advance(step);
            moved();
        });
    }

    private Command instant(Runnable action) {
        return new Command(Bindings.createBooleanBinding(() -> true), done -> {
            error.set("");
            action.run();
            refresh();
            done.run();
        });
    }

    private void moved() {
        error.set("");
        refresh();
        onTimeMoved.run();
    }

    /** The virtual day now: the jump-to calendar opens on its month and offers no day before it. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock().now(), zone);
    }

    private VirtualClock clock() {
        return session.current().clock();
    }

    public ReadOnlyStringProperty nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nowUtcProperty() {
        return nowUtc.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ObjectProperty<ClockSpeed> speedProperty() {
        return speed;
    }

    public ObjectProperty<LocalDate> jumpDateProperty() {
        return jumpDate;
    }

    public StringProperty jumpTimeProperty() {
        return jumpTime;
    }

    /** What is wrong with the chosen date and time of the jump as they stand; empty while nothing is. */
    public ReadOnlyStringProperty jumpTimeProblemProperty() {
        return jumpTimeProblem.getReadOnlyProperty();
    }

    /** Why the last clock action was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Command pauseOrResumeCommand() {
        return pauseOrResume;
    }

    public Command advanceHourCommand() {
        return advanceHour;
    }

    public Command advanceDayCommand() {
        return advanceDay;
    }

    public Command advanceWeekCommand() {
        return advanceWeek;
    }

    public Command jumpCommand() {
        return jump;
    }
}
