package org.backupconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the FXML that sits beside a view class and has the same name without the "View" suffix. */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object view) {
        Class<?> type = view.getClass();
        String fxml = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = type.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing " + fxml + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
