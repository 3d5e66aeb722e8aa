package org.backupconsole.ui.common;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.skin.DatePickerSkin;

/**
 * Opens a date picker's pop-up on a month of the caller's choosing. JavaFX opens it on the value's month or,
 * without a value, on the computer's current month, and offers no public way to change that; the pop-up's own
 * previous and next month buttons do, so they are pressed as a user would.
 */
public final class CalendarMonths {

    private CalendarMonths() {
    }

    public static void openOn(DatePicker picker, Supplier<Optional<YearMonth>> month) {
        picker.setOnShown(event -> month.get().ifPresent(target -> turnTo(picker, target)));
    }

    private static void turnTo(DatePicker picker, YearMonth target) {
        if (!(picker.getSkin() instanceof DatePickerSkin skin)) {
            return;
        }
        YearMonth shown = picker.getValue() == null ? YearMonth.now() : YearMonth.from(picker.getValue());
        long months = ChronoUnit.MONTHS.between(shown, target);
        Node button = skin.getPopupContent().lookup(months < 0 ? ".left-button" : ".right-button");
        if (button instanceof Button turn) {
            for (long i = 0; i < Math.abs(months); i++) {
                turn.fire();
            }
        }
    }
}
