package org.backupconsole.wire;

/** {@code Region} of a cluster. */
public record RegionJson(
        String name,
        String sqlDns,
        String uiDns,
        String internalDns,
        String privateEndpointDns,
        Integer nodeCount,
        Boolean primary) {
}
