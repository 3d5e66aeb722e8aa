package org.backupconsole.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a button binds to. It is executable while its condition holds and it is not already running;
 * {@link #execute()} does nothing otherwise, so a double click can never start the action twice.
 *
 * <p>The action receives a callback that it calls, on the UI thread, when its work has ended.
 */
public final class Command {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable");
    private final Consumer<Runnable> action;

    public Command(ObservableBooleanValue condition, Consumer<Runnable> action) {
        this.action = Objects.requireNonNull(action, "action");
        executable.bind(running.not().and(condition));
    }

    public void execute() {
        if (!executable.get()) {
            return;
        }
        running.set(true);
        action.accept(() -> running.set(false));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }
}
