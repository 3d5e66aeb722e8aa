package org.backupconsole.ui.drills;

/**
 * A built-in scenario as the library lists it.
 *
 * @param title    the drill's title, or the scenario's name when it sets no drill
 * @param progress the trainee's record on the drill; empty for a plain scenario
 */
public record ScenarioEntry(String name, String title, String description, boolean drill, String progress) {
}
