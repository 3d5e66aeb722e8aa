package org.backupconsole.engine.model;

import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.RoleBinding;

/** Adds a member to the organization: a user, or a service account whose key, when given, is kept as a digest. */
public record AddPrincipal(String name, Principal.Kind memberKind, Optional<String> keyDigest, List<RoleBinding> roles)
        implements Command<Principal> {

    public static final CommandKind<AddPrincipal> KIND = new CommandKind<>(AddPrincipal.class, "addPrincipal", in -> {
        in.allowing("name", "kind", "keySha256", "roles");
        return new AddPrincipal(in.name(), in.enumValue("kind", Principal.Kind.class), in.optionalText("keySha256"),
                in.roles("roles"));
    });

    public AddPrincipal {
        roles = List.copyOf(roles);
    }

    public static AddPrincipal user(String name, List<RoleBinding> roles) {
        return new AddPrincipal(name, Principal.Kind.USER, Optional.empty(), roles);
    }

    public static AddPrincipal serviceAccount(String name, Optional<String> secretKey, List<RoleBinding> roles) {
        return new AddPrincipal(name, Principal.Kind.SERVICE_ACCOUNT, secretKey.map(SecretKeys::digest), roles);
    }

    @Override
    public Principal applyTo(EngineState state) {
        Refusals.requireName(name, "A member");
        state.access.checkRoles(roles);
        state.organization.checkNewKey(keyDigest);
        Principal principal = new Principal(state.memberIds.next(), name, memberKind, roles);
        state.organization.add(principal, keyDigest);
        return principal;
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("name", name).text("kind", memberKind.name()).optionalText("keySha256", keyDigest).roles("roles", roles);
    }
}
