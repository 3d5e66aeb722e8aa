package org.backupconsole.engine.model;

import java.util.List;
import java.util.Objects;

import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.RoleBinding;

/**
 * A member of the organization: a person signed in to the console, or a service account calling the API
 * with a secret key. What it may do follows from its role bindings.
 */
public record Principal(String id, String name, Kind kind, List<RoleBinding> roles) {

    public enum Kind {
        USER,
        SERVICE_ACCOUNT
    }

    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        roles = List.copyOf(roles);
    }

    public Permissions permissions() {
        return new Permissions(roles);
    }

    Principal withRoles(List<RoleBinding> newRoles) {
        return new Principal(id, name, kind, newRoles);
    }
}
