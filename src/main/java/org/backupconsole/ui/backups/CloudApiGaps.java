package org.backupconsole.ui.backups;

import org.backupconsole.ui.common.ExpiryText;

/** What the Cloud API does not report about backups, and what the Cloud Console shows instead. */
final class CloudApiGaps {

    private static final String LISTS_ONLY = "The Cloud API lists only a backup's id and time.";

    static final String STATUS = LISTS_ONLY + " The Cloud Console shows whether it is in progress or complete.";
    static final String TYPE = LISTS_ONLY + " The Cloud Console shows whether it is a full or incremental backup.";
    static final String DATABASES = LISTS_ONLY + " The Cloud Console shows the databases and tables it holds.";
    static final String EXPIRY = "The days left are " + ExpiryText.ESTIMATED_FROM + ". " + LISTS_ONLY
            + " The Cloud Console shows the exact days left.";
    static final String INCOMPLETE_BACKUPS = "The Cloud API does not report failed or pending backup runs."
            + " See them under Incomplete Backups on the cluster's Backup and Restore page in the Cloud Console.";

    private CloudApiGaps() {
    }
}
