package org.backupconsole.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.backupconsole.server.CloudApiServer;
import org.backupconsole.server.SimulatorTenancy;

/** {@code serve}: the simulator as a local Cloud API over HTTP, until Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        sortOptions = false,
        description = "Serve the simulator as a local CockroachDB Cloud API (version 2024-09-16) over HTTP, "
                + "until Ctrl-C. Clients authenticate with Authorization: Bearer <secret key>.")
public final class ServeCommand implements Callable<Integer> {

    static final String SCENARIO_DEMO = "demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Clients send secret keys over "
                    + "plain http only to a loopback address.")
    String bind;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulator's randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = SCENARIO_DEMO,
            description = "The organization to serve: demo (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--admin-key", paramLabel = "KEY",
            description = "Secret key of the demo organization's admin service account; without it a key is "
                    + "generated and printed.")
    String adminKey;

    @Option(names = "--clock-speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "Virtual seconds per real second (default: ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Override
    public Integer call() throws IOException {
        InetSocketAddress address = checkedAddress();
        checkOptions();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SimulatorTenancy tenancy = SimulatorTenancy.demo(seed, now, clockSpeed, Optional.ofNullable(adminKey));
        CloudApiServer server;
        try {
            server = CloudApiServer.start(tenancy, address, seed);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot listen on " + bind + ":" + port + " ("
                    + e.getMessage() + "). Choose another --port, or stop what is using it.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        Thread onCtrlC = new Thread(() -> {
            server.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);

        out.println("organization: " + tenancy.organizationName() + " (scenario " + scenario + ", seed " + seed + ")");
        out.println("admin key" + (adminKey == null ? " (generated)" : "") + ": " + tenancy.adminKey());
        out.println("cluster operator key: " + SimulatorTenancy.OPERATOR_KEY);
        out.println("cluster developer key (may not restore): " + SimulatorTenancy.DEVELOPER_KEY);
        out.println("listening on " + server.url());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            server.close();
        }
        return 0;
    }

    private InetSocketAddress checkedAddress() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port + ".");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: '" + bind
                    + "' is not an address of this machine; use 127.0.0.1 or another local address.");
        }
    }

    private void checkOptions() {
        if (!SCENARIO_DEMO.equals(scenario)) {
            throw new ParameterException(spec.commandLine(), "--scenario: unknown scenario '" + scenario
                    + "'; the scenarios are: " + SCENARIO_DEMO + ".");
        }
        if (!(clockSpeed > 0) || Double.isInfinite(clockSpeed)) {
            throw new ParameterException(spec.commandLine(), "--clock-speed must be a positive number, was "
                    + clockSpeed + ".");
        }
        if (adminKey != null && (adminKey.isBlank() || adminKey.chars().anyMatch(c -> c <= ' ' || c > '~'))) {
            throw new ParameterException(spec.commandLine(),
                    "--admin-key must be printable ASCII without spaces, as it travels in an HTTP header.");
        }
    }
}
