package org.backupconsole.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
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

    static EngineUnderTest current(long seed, Instant start, String organization) {
        BackupEngine engine = new BackupEngine(seed, start, organization);
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
        };
    }

    /**
     * The baseline's {@code org.backupconsole.engine.BackupEngine}, called by reflection: its methods then took the
     * same arguments as these. Reflection costs only the set-up calls; the measured {@code advanceTo} is one call.
     */
    static EngineUnderTest baseline(ClassLoader loader, long seed, Instant start, String organization) {
        try {
            Class<?> type = loader.loadClass("org.backupconsole.engine.BackupEngine");
            Object engine = type.getConstructor(long.class, Instant.class, String.class).newInstance(seed, start, organization);
            Method addUser = type.getMethod("addUser", String.class, List.class);
            Method createCluster = type.getMethod("createCluster", String.class, Plan.class, CloudProvider.class,
                    List.class, Catalog.class);
            Method updateSettings = type.getMethod("updateSettings", String.class, String.class, BackupSettingsUpdate.class);
            Method advanceTo = type.getMethod("advanceTo", Instant.class);
            Method firedEvents = type.getMethod("firedEvents");
            Method retainedBackups = type.getMethod("retainedBackups");
            Method principalId = loader.loadClass("org.backupconsole.engine.Principal").getMethod("id");
            return new EngineUnderTest() {
                public String addUser(String name, List<RoleBinding> roles) {
                    return (String) call(principalId, call(addUser, engine, name, roles));
                }

                public Cluster createCluster(String name, Plan plan, CloudProvider provider, List<String> regions,
                                             Catalog catalog) {
                    return (Cluster) call(createCluster, engine, name, plan, provider, regions, catalog);
                }

                public void updateSettings(String principalId, String clusterId, BackupSettingsUpdate update) {
                    call(updateSettings, engine, principalId, clusterId, update);
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
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The baseline engine does not have the methods the benchmark calls.", e);
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
