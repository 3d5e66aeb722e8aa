package org.backupconsole.engine.model;

import java.util.List;

import org.backupconsole.domain.RoleBinding;

/** Replaces a member's role bindings, which grants and revokes roles. */
public record SetRoles(String principalId, List<RoleBinding> roles) implements Command<Principal> {

    public static final CommandKind<SetRoles> KIND = new CommandKind<>(SetRoles.class, "setRoles",
            in -> new SetRoles(in.allowing("principal", "roles").text("principal"), in.roles("roles")));

    public SetRoles {
        roles = List.copyOf(roles);
    }

    @Override
    public Principal applyTo(EngineState state) {
        state.organization.find(principalId);
        state.access.checkRoles(roles);
        state.organization.setRoles(principalId, roles);
        return state.organization.find(principalId);
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("principal", principalId).roles("roles", roles);
    }
}
