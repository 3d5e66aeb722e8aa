package org.backupconsole.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A running simulation: one engine, its virtual clock and the lock that serialises callers. Every operation
 * first brings the engine up to the clock's present. Thread-safe.
 *
 * <p>The admin service account's key lives only in memory: a saved simulation holds digests of the other
 * accounts' keys, and none of this one, so a loaded simulation takes the admin key anew.
 */
public final class Simulation {

    private final BackupEngine engine;
    private final VirtualClock clock;
    private final Scenario.Cast cast;
    private final String adminKey;
    private final Object lock = new Object();

    Simulation(BackupEngine engine, VirtualClock clock, Scenario.Cast cast, Optional<String> adminKey) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cast = Objects.requireNonNull(cast, "cast");
        this.adminKey = adminKey.filter(key -> !key.isBlank()).orElseGet(SecretKeys::generate);
    }

    /** The demo organization with its history ending at {@code now}, on a clock running in real time. */
    public static Simulation demo(long seed, Instant now, Optional<String> adminKey) {
        return demo(seed, now, adminKey, new VirtualClock(InstantSource.system(), now, 1));
    }

    public static Simulation demo(long seed, Instant now, Optional<String> adminKey, VirtualClock clock) {
        try {
            return fromScenario(DemoOrganization.scenario(), seed, now, adminKey, clock);
        } catch (SimulationFileException e) {
            throw new IllegalStateException("The built-in demo scenario is broken: " + e.getMessage(), e);
        }
    }

    /** Plays a scenario so that its history ends at {@code now}; a step the engine refuses refuses the scenario. */
    public static Simulation fromScenario(Scenario scenario, long seed, Instant now, Optional<String> adminKey,
                                          VirtualClock clock) throws SimulationFileException {
        Scenario.Played played = scenario.play(seed, now);
        return new Simulation(played.engine(), clock, played.cast(), adminKey);
    }

    /** Loads a saved simulation; its clock continues from the saved time at the saved speed. */
    public static Simulation load(Path file) throws IOException {
        return load(file, Optional.empty());
    }

    public static Simulation load(Path file, Optional<String> adminKey) throws IOException {
        return StateFile.read(file, adminKey);
    }

    /** Writes the whole state, clock included, so that a crash leaves the old file or the new one. */
    public void save(Path file) throws IOException {
        byte[] content;
        synchronized (lock) {
            engine.advanceTo(clock.now());
            content = StateFile.render(this);
        }
        JsonFiles.writeAtomically(file, content);
    }

    public VirtualClock clock() {
        return clock;
    }

    public String organizationName() {
        return engine.organizationName();
    }

    /** The service account a secret key belongs to; the admin key authenticates as the admin account. */
    public Optional<Principal> authenticate(String secretKey) {
        if (secretKey == null || secretKey.isEmpty()) {
            return Optional.empty();
        }
        if (MessageDigest.isEqual(secretKey.getBytes(StandardCharsets.UTF_8), adminKey.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(withEngine(e -> e.principal(cast.adminAccountId())));
        }
        return withEngine(e -> e.authenticate(secretKey));
    }

    /** The backend port acting as this member: what it may do is checked by the engine on every call. */
    public SimulatorBackupService serviceFor(Principal principal) {
        withEngine(e -> e.principal(principal.id()));
        return new SimulatorBackupService(this, principal.id());
    }

    /** The person the desktop app acts as: an Org Admin. */
    public Principal desktopUser() {
        return withEngine(e -> e.principal(cast.desktopUserId()));
    }

    public String adminKey() {
        return adminKey;
    }

    /** Runs an action on the engine under the lock, after bringing it up to the clock's present. */
    public <T> T withEngine(Function<BackupEngine, T> action) {
        synchronized (lock) {
            engine.advanceTo(clock.now());
            return action.apply(engine);
        }
    }

    BackupEngine engine() {
        return engine;
    }

    Scenario.Cast cast() {
        return cast;
    }
}
