package org.backupconsole.ui.common;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Ctrl+C (Cmd+C on a Mac) on a table copies its selected rows, one line each; menu items copy one value. */
public final class TableCopy {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private TableCopy() {
    }

    public static <T> void install(TableView<T> table, Function<T, String> text) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event) && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                event.consume();
                copy(table.getSelectionModel().getSelectedItems().stream().map(text).collect(Collectors.joining("\n")));
            }
        });
    }

    /** A menu item, such as "Copy backup ID", that puts the text on the clipboard. */
    public static MenuItem item(String name, Supplier<String> text) {
        MenuItem item = new MenuItem(name);
        item.setOnAction(event -> copy(text.get()));
        return item;
    }

    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
