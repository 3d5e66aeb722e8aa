package org.backupconsole.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.model.AddPrincipal;
import org.backupconsole.engine.model.BackupEngine;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.UpdateSettings;

/** What the engine benchmark asks of an engine, so that the current engine and a baseline run the same workload. */
interface EngineUnderTest {

    String addUser(String name, List<RoleBinding> roles);

    Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog);

    void updateSettings(String principalId, String clusterId, BackupSettingsUpdate update);

    void advanceTo(Instant target);

    long firedEvents();

    long retainedBackups();

    List<Cluster> clusters();

    /** A cluster's listed backups, newest first. */
    List<Backup> backups(String clusterId);

    /** A cluster's failed runs and runs still going. */
    List<IncompleteBackup> incompleteBackups(String clusterId);

    /**
     * A digest of what a caller reads: every cluster, every listed backup with its id, times, status, type and
     * expiry, and the runs still going. Two engines with the same digest made the same history.
     */
    default String history() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Cluster cluster : clusters()) {
                digest.update(cluster.toString().getBytes(StandardCharsets.UTF_8));
                for (Backup backup : backups(cluster.id())) {
                    digest.update(backup.toString().getBytes(StandardCharsets.UTF_8));
                }
                for (IncompleteBackup run : incompleteBackups(cluster.id())) {
                    digest.update(run.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256.", e);
        }
    }

    static EngineUnderTest current(BackupEngine engine) {
        return new EngineUnderTest() {
            public String addUser(String name, List<RoleBinding> roles) {
                return engine.run(AddPrincipal.user(name, roles)).id();
            }

            public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions,
                                         Catalog catalog) {
                return engine.run(new CreateCluster(name, plan, provider, regions, catalog));
            }

            public void updateSettings(String principalId, String clusterId, BackupSettingsUpdate update) {
                engine.run(new UpdateSettings(principalId, clusterId, update));
            }

            public void advanceTo(Instant target) {
                engine.advanceTo(target);
            }

            public long firedEvents() {
                return engine.firedEvents();
            }

            public long retainedBackups() {
                return engine.retainedBackups();
            }

            public List<Cluster> clusters() {
                return engine.reads().clusters();
            }

            public List<Backup> backups(String clusterId) {
                return engine.reads().backups(clusterId, TimeRange.ALL);
            }

            public List<IncompleteBackup> incompleteBackups(String clusterId) {
                return engine.reads().incompleteBackups(clusterId);
            }
        };
    }

    /**
     * The baseline's {@code org.backupconsole.engine.model.BackupEngine} and its commands, called by reflection: they
     * took the same arguments as today's. Reflection costs only the set-up calls and the reads after the run; the
     * measured {@code advanceTo} is one call.
     */
    static EngineUnderTest baseline(ClassLoader loader, long seed, Instant start, String organization) {
        try {
            String model = "org.backupconsole.engine.model.";
            Class<?> type = loader.loadClass(model + "BackupEngine");
            Object engine = type.getConstructor(long.class, Instant.class, String.class).newInstance(seed, start, organization);
            Method run = type.getMethod("run", loader.loadClass(model + "Command"));
            Method user = loader.loadClass(model + "AddPrincipal").getMethod("user", String.class, List.class);
            Constructor<?> createCluster = loader.loadClass(model + "CreateCluster").getConstructor(String.class, Plan.class,
                    CloudProvider.class, List.class, Catalog.class);
            Constructor<?> updateSettings = loader.loadClass(model + "UpdateSettings").getConstructor(String.class, String.class,
                    BackupSettingsUpdate.class);
            Method principalId = loader.loadClass(model + "Principal").getMethod("id");
            Method advanceTo = type.getMethod("advanceTo", Instant.class);
            Method firedEvents = type.getMethod("firedEvents");
            Method retainedBackups = type.getMethod("retainedBackups");
            Object reads = type.getMethod("reads").invoke(engine);
            Method clusters = reads.getClass().getMethod("clusters");
            Method backups = reads.getClass().getMethod("backups", String.class, TimeRange.class);
            Method incompleteBackups = reads.getClass().getMethod("incompleteBackups", String.class);
            return new EngineUnderTest() {
                public String addUser(String name, List<RoleBinding> roles) {
                    return (String) call(principalId, call(run, engine, call(user, null, name, roles)));
                }

                public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions,
                                             Catalog catalog) {
                    return (Cluster) call(run, engine, make(createCluster, name, plan, provider, regions, catalog));
                }

                public void updateSettings(String principalId, String clusterId, BackupSettingsUpdate update) {
                    call(run, engine, make(updateSettings, principalId, clusterId, update));
                }

                public void advanceTo(Instant target) {
                    call(advanceTo, engine, target);
                }

                public long firedEvents() {
                    return (Long) call(firedEvents, engine);
                }

                public long retainedBackups() {
                    return (Long) call(retainedBackups, engine);
                }

                @SuppressWarnings("unchecked")
                public List<Cluster> clusters() {
                    return (List<Cluster>) call(clusters, reads);
                }

                @SuppressWarnings("unchecked")
                public List<Backup> backups(String clusterId) {
                    return (List<Backup>) call(backups, reads, clusterId, TimeRange.ALL);
                }

                @SuppressWarnings("unchecked")
                public List<IncompleteBackup> incompleteBackups(String clusterId) {
                    return (List<IncompleteBackup>) call(incompleteBackups, reads, clusterId);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The baseline engine does not have the methods the benchmark calls.", e);
        }
    }

    private static Object make(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The baseline engine refused a command of the benchmark.", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The baseline engine's " + constructor.getName() + " cannot be made.", e);
        }
    }

    private static Object call(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The baseline engine refused a call of the benchmark.", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The baseline engine's " + method.getName() + " cannot be called.", e);
        }
    }
}
