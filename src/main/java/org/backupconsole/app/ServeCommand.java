package org.backupconsole.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.StateFileLock;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.scenario.DemoOrganization;
import org.backupconsole.server.CloudApiServer;

/** {@code serve}: the simulator as a local Cloud API over HTTP, until Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        sortOptions = false,
        description = "Serve the simulator as a local CockroachDB Cloud API (version 2024-09-16) over HTTP, "
                + "until Ctrl-C. Clients authenticate with Authorization: Bearer <secret key>.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Clients send secret keys over "
                    + "plain http only to a loopback address, and the simulator's keys are public: on any other "
                    + "address, whoever reaches the port can use them.")
    String bind;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulator's randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "demo",
            description = "The organization to serve: a built-in scenario (" + Scenario.BUILT_IN_NAMES + ") or a "
                    + "scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    AdminKeyOptions adminKeyOptions;

    @Option(names = "--clock-speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "Virtual seconds per real second (default: ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep the simulation in this file: loaded at start when it exists (then --scenario "
                    + "and --seed are not used), written after every change and when the server stops.")
    Path state;

    @Override
    public Integer call() throws IOException {
        InetSocketAddress address = checkedAddress();
        checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        Optional<AdminKeyOptions.GivenKey> adminKey = adminKeyOptions.key(err);
        Optional<StateFileLock> stateLock = state == null ? Optional.empty() : Optional.of(lockState());
        boolean resumed = state != null && Files.exists(state);
        Optional<String> key = adminKey.map(AdminKeyOptions.GivenKey::value);
        Simulation simulation = resumed ? loadState(key) : playScenario(key);
        simulation.clock().setSpeed(clockSpeed);
        PrintWriter out = spec.commandLine().getOut();
        CloudApiServer server;
        try {
            // Saving after each change means a crash or a killed terminal loses no change a client made.
            Runnable afterChange = state == null ? () -> { } : () -> save(simulation, out);
            server = CloudApiServer.start(simulation, address, seed, afterChange);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot listen on " + bind + ":" + port + " ("
                    + e.getMessage() + "). Choose another --port, or stop what is using it.");
        }
        if (!address.getAddress().isLoopbackAddress()) {
            warnBeyondThisMachine(err, server.port());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            stop(server, simulation, out, stateLock);
            stopped.countDown();
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);

        out.println("organization: " + simulation.organizationName()
                + (resumed ? " (resumed from " + state + ")" : " (scenario " + scenario + ", seed " + seed + ")"));
        // A key the user chose is a secret they already hold: it is never echoed. A generated one must be shown once.
        out.println(adminKey.map(given -> "admin key: " + given.source())
                .orElseGet(() -> "admin key (generated): " + simulation.adminKey()));
        if (!resumed && scenario.equals("demo")) {
            out.println("cluster operator key: " + DemoOrganization.OPERATOR_KEY);
            out.println("cluster developer key (sees clusters only, 403 on backups and restores): " + DemoOrganization.DEVELOPER_KEY);
            out.println("demo-advanced operator key: " + DemoOrganization.ADVANCED_OPERATOR_KEY);
        }
        out.println("listening on " + server.url());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            // Stopped first: an interrupted thread's file channels refuse to write the state.
            stop(server, simulation, out, stateLock);
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void warnBeyondThisMachine(PrintWriter err, int listeningPort) {
        err.println("warning: serving on " + bind + ", beyond this machine. The simulator's keys are public (the "
                + "demo keys are in the README), so anyone who can reach port " + listeningPort + " can use them, over plain "
                + "http. Leave --bind at 127.0.0.1 unless that is what you want.");
        err.flush();
    }

    private Simulation playScenario(Optional<String> adminKey) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            Scenario played = Scenario.named(scenario);
            return Simulation.fromScenario(played, seed, now, adminKey,
                    new VirtualClock(InstantSource.system(), now, clockSpeed));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scenario: " + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--scenario: " + Sentences.end(e.getMessage())
                    + " The built-in scenarios are " + Scenario.BUILT_IN + ".");
        }
    }

    /** The session is locked before it is read, so that two servers never write one file. */
    private StateFileLock lockState() {
        try {
            return StateFileLock.tryTake(state)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--state: " + StateFileLock.inUse(state)));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--state: cannot lock " + state + " ("
                    + e.getMessage() + "). Choose a file in a folder you can write to.");
        }
    }

    private Simulation loadState(Optional<String> adminKey) {
        try {
            return Simulation.load(state, adminKey);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--state: " + Sentences.end(e.getMessage())
                    + " Fix the file, or move it away to start afresh; it was left unchanged.");
        }
    }

    /** Stops serving, then writes the state, so that no request changes it after it was written, and lets it go. */
    private void stop(CloudApiServer server, Simulation simulation, PrintWriter out, Optional<StateFileLock> stateLock) {
        try {
            server.close();
            if (state != null && save(simulation, out)) {
                out.println("state written to " + state);
            }
        } finally {
            stateLock.ifPresent(lock -> release(lock, out));
        }
        out.println("stopped");
        out.flush();
    }

    private void release(StateFileLock lock, PrintWriter out) {
        try {
            lock.close();
        } catch (IOException e) {
            out.println("Could not release the lock on " + state + " (" + e + "); it is released as the process ends.");
        }
    }

    private synchronized boolean save(Simulation simulation, PrintWriter out) {
        try {
            simulation.save(state);
            return true;
        } catch (IOException e) {
            out.println("Could not write the state to " + state + ": " + Sentences.end(Objects.toString(e.getMessage(), e.toString()))
                    + " Serving goes on; free the disk or fix the file's permissions, and the next change or Ctrl-C writes it again.");
            out.flush();
            return false;
        }
    }

    private InetSocketAddress checkedAddress() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port + ".");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw notOfThisMachine();
        }
        if (!address.isAnyLocalAddress() && !isOfThisMachine(address)) {
            throw notOfThisMachine();
        }
        return new InetSocketAddress(address, port);
    }

    private static boolean isOfThisMachine(InetAddress address) {
        try {
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    private ParameterException notOfThisMachine() {
        return new ParameterException(spec.commandLine(), "--bind: '" + bind + "' is not an address of this "
                + "machine; use 127.0.0.1 (the default), 0.0.0.0 for every address, or one of its own addresses.");
    }

    private void checkOptions() {
        if (!VirtualClock.isSpeed(clockSpeed)) {
            throw new ParameterException(spec.commandLine(), "--clock-speed must be " + VirtualClock.SPEEDS + ", was "
                    + clockSpeed + ".");
        }
        if (state != null && Files.isDirectory(state)) {
            throw new ParameterException(spec.commandLine(), "--state: " + state + " is a folder; name a file.");
        }
    }
}
