package org.backupconsole.ui.common;

/**
 * A question asked before what cannot be undone: the question, what answering yes does, and the words of the
 * button that does it. A view model words it; {@code ConfirmDialog} asks it.
 */
public record Confirmation(String question, String consequence, String confirm) {
}
