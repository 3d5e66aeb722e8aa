package org.backupconsole.domain;

/** The CockroachDB Cloud plan of a cluster; it decides which backup settings and restore scopes exist. */
public enum Plan {
    BASIC("Basic"),
    STANDARD("Standard"),
    ADVANCED("Advanced");

    private final String displayName;

    Plan(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** BASIC has a fixed schedule; STANDARD and ADVANCED can be configured. */
    public boolean hasConfigurableBackups() {
        return this != BASIC;
    }

    /** Only ADVANCED restores single databases and tables; the others restore whole clusters. */
    public boolean allowsPartialRestore() {
        return this == ADVANCED;
    }
}
