package org.backupconsole.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Marks form fields with ControlsFX's {@link ValidationSupport}, from what a view model says is wrong with each:
 * the rule stays in the view model, and the mark and its hover text follow its message as it changes.
 */
public final class FieldProblems {

    private final ValidationSupport support = new ValidationSupport();

    /** Marks the field as in error while the message is not empty; the message is the mark's hover text. */
    public FieldProblems error(Control field, ObservableStringValue message) {
        return mark(field, message, Severity.ERROR);
    }

    /** Marks the field with a warning, something to know before going on, while the message is not empty. */
    public FieldProblems warning(Control field, ObservableStringValue message) {
        return mark(field, message, Severity.WARNING);
    }

    private FieldProblems mark(Control field, ObservableStringValue message, Severity severity) {
        support.registerValidator(field, false, (Control control, Object value) -> ValidationResult.fromMessageIf(
                control, message.get(), severity, !message.get().isEmpty()));
        message.addListener((obs, old, now) -> support.revalidate(field));
        return this;
    }
}
