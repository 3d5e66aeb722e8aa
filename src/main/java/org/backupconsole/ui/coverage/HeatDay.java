package org.backupconsole.ui.coverage;

import java.time.LocalDate;

/**
 * One day of the coverage heat map.
 *
 * @param level       0 for no backup, then 1 to 4 as the day's backups near what the schedule takes in a day
 * @param missed      a backup was due on the day and none came
 * @param expiring    some of the day's backups expire within a week
 * @param future      the day has not come yet
 * @param description the day in words, for the hover text and screen readers
 */
public record HeatDay(LocalDate date, int backups, int level, boolean missed, boolean expiring, boolean future,
                      String description) {
}
