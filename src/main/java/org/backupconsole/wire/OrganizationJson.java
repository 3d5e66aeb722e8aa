package org.backupconsole.wire;

import java.time.Instant;

/** {@code Organization}, the answer of GET {@code /api/v1/organization}. */
public record OrganizationJson(String id, String label, String name, Instant createdAt) {
}
