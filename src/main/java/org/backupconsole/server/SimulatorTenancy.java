package org.backupconsole.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.BackupEngine;
import org.backupconsole.engine.DemoOrganization;
import org.backupconsole.engine.SimulatorBackupService;
import org.backupconsole.engine.VirtualClock;

/**
 * The demo organization on one engine, known by three keys: the admin's, a Cluster Operator's, and a Cluster
 * Developer's, who may read but not restore. The services share one lock, so the engine sees one caller at a
 * time whichever key calls.
 */
public final class SimulatorTenancy implements ApiTenancy {

    /** The demo's Cluster Operator service account: may restore any cluster. */
    public static final String OPERATOR_KEY = "CCDB1_demoOperator_7Hq2Lm9TxR4vKp8WcZ3nB6sJ";
    /** The demo's Cluster Developer service account: may read, but a restore is refused. */
    public static final String DEVELOPER_KEY = "CCDB1_demoDeveloper_4Ns8Vd2QyF7kTm3XbR9pL5wG";

    private final String adminKey;
    private final VirtualClock clock;
    private final Instant createdAt;
    private final Map<String, BackupService> services;

    public SimulatorTenancy(BackupEngine engine, VirtualClock clock, Instant createdAt, String adminKey) {
        this.adminKey = adminKey;
        this.clock = clock;
        this.createdAt = createdAt;
        Object lock = new Object();
        this.services = Map.of(
                adminKey, guarded(new SimulatorBackupService(engine, clock, DemoOrganization.NAME,
                        Permissions.organizationAdmin()), lock),
                OPERATOR_KEY, guarded(new SimulatorBackupService(engine, clock, DemoOrganization.NAME,
                        new Permissions(List.of(RoleBinding.organization(Role.CLUSTER_OPERATOR_WRITER)))), lock),
                DEVELOPER_KEY, guarded(new SimulatorBackupService(engine, clock, DemoOrganization.NAME,
                        new Permissions(List.of(RoleBinding.organization(Role.CLUSTER_DEVELOPER)))), lock));
    }

    /** The demo organization with its history up to {@code now}, on a clock running at {@code speed}. */
    public static SimulatorTenancy demo(long seed, Instant now, double speed, Optional<String> adminKey) {
        BackupEngine engine = DemoOrganization.create(seed, now);
        VirtualClock clock = new VirtualClock(InstantSource.system(), now, speed);
        return new SimulatorTenancy(engine, clock, now.minus(DemoOrganization.HISTORY),
                adminKey.orElseGet(SimulatorTenancy::generateKey));
    }

    public String adminKey() {
        return adminKey;
    }

    @Override
    public String organizationName() {
        return DemoOrganization.NAME;
    }

    @Override
    public Instant organizationCreatedAt() {
        return createdAt;
    }

    @Override
    public Optional<BackupService> serviceFor(String secretKey) {
        return Optional.ofNullable(services.get(secretKey));
    }

    @Override
    public boolean isAdmin(String secretKey) {
        return adminKey.equals(secretKey);
    }

    @Override
    public VirtualClock clock() {
        return clock;
    }

    private static String generateKey() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder("CCDB1_");
        for (int i = 0; i < 40; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }

    private static BackupService guarded(BackupService service, Object lock) {
        return (BackupService) Proxy.newProxyInstance(BackupService.class.getClassLoader(),
                new Class<?>[] {BackupService.class}, (proxy, method, args) -> {
                    synchronized (lock) {
                        try {
                            return method.invoke(service, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
