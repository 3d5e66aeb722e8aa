package org.backupconsole.ui.about;

/** A library shipped inside the app, with the license it is distributed under. */
public record BundledLibrary(String name, String version, String license) {
}
