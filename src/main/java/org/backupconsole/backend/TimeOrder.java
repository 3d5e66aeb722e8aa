package org.backupconsole.backend;

/** Which end of a time-ordered listing comes first. */
public enum TimeOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
