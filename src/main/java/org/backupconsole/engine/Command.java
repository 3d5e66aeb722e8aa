package org.backupconsole.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RoleBinding;

/**
 * A change made to the engine from outside. The engine logs every command that succeeds with the virtual
 * time it ran at; since the engine is deterministic, its seed and this log are its whole state.
 */
sealed interface Command<T> {

    T applyTo(BackupEngine engine);

    record AddPrincipal(String name, Principal.Kind kind, Optional<String> keyDigest, List<RoleBinding> roles)
            implements Command<Principal> {
        public AddPrincipal {
            roles = List.copyOf(roles);
        }

        @Override
        public Principal applyTo(BackupEngine engine) {
            return engine.applyAddPrincipal(this);
        }
    }

    record SetRoles(String principalId, List<RoleBinding> roles) implements Command<Principal> {
        public SetRoles {
            roles = List.copyOf(roles);
        }

        @Override
        public Principal applyTo(BackupEngine engine) {
            return engine.applySetRoles(this);
        }
    }

    record CreateCluster(String name, Plan plan, CloudProvider provider, List<String> regions, Catalog catalog,
                         CockroachVersion version) implements Command<Cluster> {
        public CreateCluster {
            regions = List.copyOf(regions);
            Objects.requireNonNull(version, "version");
        }

        @Override
        public Cluster applyTo(BackupEngine engine) {
            return engine.applyCreateCluster(this);
        }
    }

    record DeleteCluster(String clusterId) implements Command<Cluster> {
        @Override
        public Cluster applyTo(BackupEngine engine) {
            return engine.applyDeleteCluster(this);
        }
    }

    record ChangePlan(String clusterId, Plan plan) implements Command<Cluster> {
        @Override
        public Cluster applyTo(BackupEngine engine) {
            return engine.applyChangePlan(this);
        }
    }

    record ReplaceCatalog(String clusterId, Catalog catalog) implements Command<Catalog> {
        @Override
        public Catalog applyTo(BackupEngine engine) {
            return engine.applyReplaceCatalog(this);
        }
    }

    /** A member drops a database through the Cloud API's DeleteDatabase, under its rules. */
    record DeleteDatabase(String principalId, String clusterId, String database) implements Command<Catalog> {
        @Override
        public Catalog applyTo(BackupEngine engine) {
            return engine.applyDeleteDatabase(this);
        }
    }

    record UpdateSettings(String principalId, String clusterId, BackupSettingsUpdate update)
            implements Command<BackupSettings> {
        @Override
        public BackupSettings applyTo(BackupEngine engine) {
            return engine.applyUpdateSettings(this);
        }
    }

    record StartRestore(String principalId, RestoreRequest request) implements Command<Restore> {
        @Override
        public Restore applyTo(BackupEngine engine) {
            return engine.applyStartRestore(this);
        }
    }

    record AddFaultRule(FaultRule rule) implements Command<FaultRule> {
        @Override
        public FaultRule applyTo(BackupEngine engine) {
            return engine.applyAddFaultRule(this);
        }
    }

    record RemoveFaultRule(String ruleId) implements Command<String> {
        @Override
        public String applyTo(BackupEngine engine) {
            return engine.applyRemoveFaultRule(this);
        }
    }
}
