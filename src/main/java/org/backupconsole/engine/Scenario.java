package org.backupconsole.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.backupconsole.engine.scenario.ScenarioFile;

/**
 * A scenario the app can start, built in or from a user's file: its name, what it sets up, and the drill it sets, if
 * any. {@link Simulation#fromScenario} plays it; its file and its steps are {@link ScenarioFile}'s business.
 */
public final class Scenario {

    /** The scenarios that ship with the simulator: the demo organization, an empty one, and the drills. */
    public static final String BUILT_IN_NAMES = ScenarioFile.BUILT_IN_NAMES;
    public static final List<String> BUILT_IN = ScenarioFile.BUILT_IN;

    private final ScenarioFile file;
    private final Optional<Drill> drill;

    Scenario(ScenarioFile file) {
        this.file = file;
        this.drill = file.drill().map(Drill::new);
    }

    /** A built-in scenario; a name that is none of {@link #BUILT_IN} is an IllegalArgumentException. */
    public static Scenario builtIn(String name) {
        return new Scenario(ScenarioFile.builtIn(name));
    }

    /** A scenario file; one that cannot be used is refused with the file, the place and the reason. */
    public static Scenario load(Path file) throws IOException {
        return new Scenario(ScenarioFile.load(file));
    }

    /**
     * A built-in scenario by name, or a scenario file by its path, as the command line names them.
     *
     * @throws IllegalArgumentException when it is neither a built-in name nor an existing file
     * @throws IOException              when the file cannot be read or is not a valid scenario
     */
    public static Scenario named(String nameOrFile) throws IOException {
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        Path path = Path.of(nameOrFile);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("'" + nameOrFile + "' is neither a built-in scenario ("
                    + String.join(", ", BUILT_IN) + ") nor an existing file.");
        }
        return load(path);
    }

    public String name() {
        return file.name();
    }

    public String description() {
        return file.description();
    }

    /** The exercise a training scenario sets; empty for the demo and other plain scenarios. */
    public Optional<Drill> drill() {
        return drill;
    }

    ScenarioFile file() {
        return file;
    }
}
