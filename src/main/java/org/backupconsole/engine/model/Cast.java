package org.backupconsole.engine.model;

/** The members a simulation names for the desktop app and for the admin key, by their ids in the engine. */
public record Cast(String desktopUserId, String adminAccountId) {
}
