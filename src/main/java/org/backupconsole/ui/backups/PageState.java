package org.backupconsole.ui.backups;

/** What the Backup Recovery page shows in place of, or above, its table. */
public enum PageState {
    LOADING,
    READY,
    EMPTY,
    ERROR
}
