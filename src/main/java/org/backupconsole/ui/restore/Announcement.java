package org.backupconsole.ui.restore;

/** A message about an ended restore job, shown without taking the focus. */
public record Announcement(boolean success, String title, String message) {
}
