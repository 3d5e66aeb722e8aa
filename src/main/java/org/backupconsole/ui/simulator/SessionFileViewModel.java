package org.backupconsole.ui.simulator;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.UiExecutors;

/**
 * Saving the simulator session to a file and loading one back. A file that cannot be loaded changes nothing,
 * and the message says the file, the place in it and the reason.
 */
public final class SessionFileViewModel {

    private final SimulationSession session;
    private final UiExecutors executors;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Command save;
    private final Command load;

    public SessionFileViewModel(SimulationSession session, UiExecutors executors) {
        this.session = Objects.requireNonNull(session, "session");
        this.executors = Objects.requireNonNull(executors, "executors");
        var fileChosen = Bindings.isNotNull(file);
        save = new Command(fileChosen, this::save);
        load = new Command(fileChosen, this::load);
    }

    private void save(Runnable done) {
        Path target = file.get();
        Simulation simulation = session.current();
        executors.call(() -> {
            simulation.save(target);
            return target;
        }, saved -> {
            show("Saved the session to " + saved.getFileName() + ".", "");
        }, failure -> show("", "Cannot save to " + target + ": " + Sentences.end(failure.message())), done);
    }

    private void load(Runnable done) {
        Path source = file.get();
        executors.call(() -> Simulation.load(source), loaded -> {
            session.replace(loaded);
            show("Loaded " + source.getFileName() + ": " + loaded.organizationName() + ".", "");
        }, failure -> show("", "Cannot load " + Sentences.end(failure.message())
                + " Nothing was changed; correct the file or choose another."), done);
    }

    private void show(String news, String problem) {
        message.set(news);
        error.set(problem);
    }

    /** The file the next save or load uses; the view sets it from a file chooser. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }

    public Command loadCommand() {
        return load;
    }
}
