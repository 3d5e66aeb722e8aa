package org.backupconsole.domain;

/** The cloud a cluster runs in. */
public enum CloudProvider {
    GCP,
    AWS,
    AZURE
}
