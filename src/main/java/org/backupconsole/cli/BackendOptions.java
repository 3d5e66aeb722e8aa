package org.backupconsole.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.FileJournal;
import org.backupconsole.activity.JournalRead;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.StateFileLock;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;

/**
 * Where a scripting command acts: the simulator (kept between commands in a state file), the live Cloud API
 * (the key and the URL from the environment, as the Terraform provider reads them), or a local Cloud API.
 */
public final class BackendOptions {

    private static final Logger LOG = Logger.getLogger(BackendOptions.class.getName());

    static final String KEY_VARIABLE = SecretKey.ENVIRONMENT_VARIABLE;
    static final String SERVER_VARIABLE = "COCKROACH_SERVER";

    @Option(names = "--backend", paramLabel = "KIND", defaultValue = "sim",
            description = "Where to act: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). SIM is the embedded "
                    + "simulator; LIVE, the CockroachDB Cloud API with the secret key in " + KEY_VARIABLE
                    + "; LOCAL, the local Cloud API on the demo organization, started for this command.")
    BackendChoice backend;

    @Option(names = "--api-url", paramLabel = "URL", converter = ApiUrlConverter.class,
            description = "With --backend live: the Cloud API (default: " + SERVER_VARIABLE + ", else "
                    + ApiUrl.DEFAULT + ").")
    ApiUrl apiUrl;

    @Option(names = "--state", paramLabel = "FILE",
            description = "With --backend sim: keep the simulation in this file, read when it exists and written "
                    + "when the command ends, so that the commands of a script act on one organization.")
    Path state;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "With --backend sim: what a new simulation starts from, a built-in scenario or a scenario "
                    + "file (default: demo); not used once the --state file exists.")
    String scenario;

    @Option(names = "--seed", paramLabel = "N",
            description = "With --backend sim or local: the seed of a new simulation (default: 1).")
    Long seed;

    @Option(names = "--clock-speed", paramLabel = "FACTOR",
            description = "With --backend sim: virtual seconds per real second while the command runs (default: "
                    + "the --state file's, else 1).")
    Double clockSpeed;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Where the changes made on the Cloud API are journaled; none unless the program's folders are in use. */
    Optional<Path> activityJournal = Optional.empty();

    /** Opens the chosen backend; a wrong combination of options is a usage error before anything starts. */
    Backend open(Map<String, String> environment) {
        checkCombination();
        return switch (backend) {
            case SIM -> simulator();
            case LIVE -> live(environment);
            case LOCAL -> {
                LocalCloudApi local = LocalCloudApi.start(seed());
                yield new Backend(journaled(local.service()), local::close);
            }
        };
    }

    /**
     * The journal the changes on this backend go to, read without connecting: the {@code --state} session's, or the
     * journal file of the Cloud API's changes.
     */
    JournalRead readActivity() {
        checkCombination();
        try {
            if (backend == BackendChoice.SIM) {
                Optional<StateFileLock> lock = state == null ? Optional.empty() : Optional.of(lock());
                try {
                    return (state != null && Files.exists(state) ? load() : play()).activity().read();
                } finally {
                    lock.ifPresent(BackendOptions::release);
                }
            }
            Path file = activityJournal.orElseThrow(() -> CliFailure.usage("This run keeps no activity journal for "
                    + "the Cloud API."));
            return new FileJournal(file).read();
        } catch (IOException e) {
            throw CliFailure.refused("The activity journal could not be read: " + Sentences.end(e.getMessage())
                    + " Check the file's permissions.");
        }
    }

    private BackupService journaled(LiveBackupService service) {
        return activityJournal.<BackupService>map(file -> reportingFailures(
                ActivityRecording.onCloudApi(service, file, ActivityOrigin.CLI))).orElse(service);
    }

    /** A journal that cannot be written is one line on standard error; the change itself goes on. */
    private JournaledBackupService reportingFailures(JournaledBackupService service) {
        service.onJournalFailure(message -> {
            mixee.commandLine().getErr().println(message);
            mixee.commandLine().getErr().flush();
        });
        return service;
    }

    /** The options that name this backend again, for a command the user is told to run next. */
    String asArguments() {
        List<String> arguments = new ArrayList<>();
        if (backend != BackendChoice.SIM) {
            arguments.add("--backend " + backend.name().toLowerCase(Locale.ROOT));
        }
        Optional.ofNullable(apiUrl).ifPresent(url -> arguments.add("--api-url " + url));
        Optional.ofNullable(state).ifPresent(file -> arguments.add("--state " + file));
        return arguments.isEmpty() ? "" : " " + String.join(" ", arguments);
    }

    private void checkCombination() {
        if (apiUrl != null && backend != BackendChoice.LIVE) {
            throw CliFailure.usage("--api-url applies only to --backend live.");
        }
        if (backend != BackendChoice.SIM && (state != null || scenario != null || clockSpeed != null)) {
            throw CliFailure.usage("--state, --scenario and --clock-speed apply only to --backend sim.");
        }
        if (backend == BackendChoice.LIVE && seed != null) {
            throw CliFailure.usage("--seed applies only to --backend sim and local.");
        }
        if (clockSpeed != null && !VirtualClock.isSpeed(clockSpeed)) {
            throw CliFailure.usage("--clock-speed must be " + VirtualClock.SPEEDS + ", was " + clockSpeed + ".");
        }
        if (state != null && Files.isDirectory(state)) {
            throw CliFailure.usage("--state: " + state + " is a folder; name a file.");
        }
    }

    private long seed() {
        return seed == null ? 1 : seed;
    }

    private Backend simulator() {
        Optional<StateFileLock> lock = state == null ? Optional.empty() : Optional.of(lock());
        try {
            Simulation simulation = state != null && Files.exists(state) ? load() : play();
            if (clockSpeed != null) {
                simulation.clock().setSpeed(clockSpeed);
            }
            BackupService service = reportingFailures(ActivityRecording.onSimulation(
                    simulation.clientFor(simulation.desktopUser()), () -> simulation, ActivityOrigin.CLI));
            return new Backend(service, () -> save(simulation), () -> {
                try {
                    save(simulation);
                } finally {
                    lock.ifPresent(BackendOptions::release);
                }
            });
        } catch (RuntimeException e) {
            lock.ifPresent(BackendOptions::release);
            throw e;
        }
    }

    /** One command at a time on a state file, and none while the window or serve has it open. */
    private StateFileLock lock() {
        try {
            return StateFileLock.tryTake(state)
                    .orElseThrow(() -> CliFailure.usage("--state: " + StateFileLock.inUse(state)));
        } catch (IOException e) {
            throw CliFailure.usage("--state: cannot lock " + state + ": " + Sentences.end(e.getMessage())
                    + " Check the folder's permissions.");
        }
    }

    private static void release(StateFileLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // The lock goes with the process, which ends with this command.
            LOG.log(Level.INFO, "could not release a state file lock", e);
        }
    }

    private Simulation load() {
        try {
            return Simulation.load(state);
        } catch (IOException e) {
            throw CliFailure.usage("--state: " + Sentences.end(e.getMessage())
                    + " Fix the file, or move it away to start afresh; it was left unchanged.");
        }
    }

    private Simulation play() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            return Simulation.fromScenario(Scenario.named(scenario == null ? "demo" : scenario), seed(), now,
                    Optional.empty(), new VirtualClock(InstantSource.system(), now, 1));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--scenario: " + e.getMessage());
        } catch (IOException e) {
            throw CliFailure.usage("--scenario: " + Sentences.end(e.getMessage()) + " Correct the file, or choose "
                    + "another; nothing was done.");
        }
    }

    private void save(Simulation simulation) {
        if (state == null) {
            return;
        }
        try {
            simulation.save(state);
        } catch (IOException e) {
            throw CliFailure.refused("Could not write the state to " + state + ": " + Sentences.end(e.getMessage())
                    + " What this command changed is lost; free the disk or fix the file's permissions, then run it again.");
        }
    }

    private Backend live(Map<String, String> environment) {
        SecretKey key = SecretKey.fromEnvironment(environment).orElseThrow(() -> new CliFailure(ExitStatus.DENIED,
                KEY_VARIABLE + " is not set. Export the secret key of a service account in it; the command line "
                        + "never takes the key itself, so that other users cannot read it in the process list."));
        LiveBackupService service = LiveBackupService.connect(apiUrl(environment), key);
        return new Backend(journaled(service), service::close);
    }

    private ApiUrl apiUrl(Map<String, String> environment) {
        if (apiUrl != null) {
            return apiUrl;
        }
        String server = environment.get(SERVER_VARIABLE);
        if (server == null || server.isBlank()) {
            return ApiUrl.parse(ApiUrl.DEFAULT);
        }
        try {
            return ApiUrl.parse(server.strip());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(SERVER_VARIABLE + ": " + Sentences.end(e.getMessage()));
        }
    }
}
