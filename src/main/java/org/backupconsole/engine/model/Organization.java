package org.backupconsole.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.RoleBinding;

/** The organization's members and the digests of its service accounts' secret keys. */
final class Organization {

    private final String name;
    private final Map<String, Principal> principals = new LinkedHashMap<>();
    /**
     * Key digest → principal id; only looked up, never iterated, and never removed from. Concurrent, as
     * {@link #keyHolder} reads it without the engine's lock.
     */
    private final Map<String, String> keyDigests = new ConcurrentHashMap<>();

    Organization(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    List<Principal> principals() {
        return List.copyOf(principals.values());
    }

    Principal find(String principalId) {
        Principal principal = principals.get(principalId);
        if (principal == null) {
            throw BackendException.notFound("Member " + principalId + " of organization " + name);
        }
        return principal;
    }

    void checkNewKey(Optional<String> keyDigest) {
        if (keyDigest.isPresent() && keyDigests.containsKey(keyDigest.get())) {
            throw BackendException.invalid("That secret key already belongs to another service account; use a new key.");
        }
    }

    void add(Principal principal, Optional<String> keyDigest) {
        principals.put(principal.id(), principal);
        keyDigest.ifPresent(digest -> keyDigests.put(digest, principal.id()));
    }

    void setRoles(String principalId, List<RoleBinding> roles) {
        principals.put(principalId, find(principalId).withRoles(roles));
    }

    /** The id of the member holding a secret key; safe to call without the engine's lock. */
    Optional<String> keyHolder(String secretKey) {
        return Optional.ofNullable(keyDigests.get(SecretKeys.digest(secretKey)));
    }
}
