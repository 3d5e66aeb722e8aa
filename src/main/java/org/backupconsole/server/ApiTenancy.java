package org.backupconsole.server;

import java.time.Instant;
import java.util.Optional;

import org.backupconsole.backend.BackupService;
import org.backupconsole.engine.VirtualClock;

/**
 * What the server serves: an organization whose callers are known by their secret keys. A key that is not
 * known gets no service (401); what a known key may do is checked by the service it gets (403).
 */
public interface ApiTenancy {

    String organizationName();

    Instant organizationCreatedAt();

    /** The backend as the holder of this key sees it, or empty when no one holds it. */
    Optional<BackupService> serviceFor(String secretKey);

    /** Whether the key is the admin key, which alone may use the {@code /_sim/} control endpoints. */
    boolean isAdmin(String secretKey);

    VirtualClock clock();
}
