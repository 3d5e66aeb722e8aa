package org.backupconsole.domain;

/** What a restore brings back: a whole cluster, or (on ADVANCED) one database or some tables. */
public enum RestoreType {
    CLUSTER,
    DATABASE,
    TABLE
}
