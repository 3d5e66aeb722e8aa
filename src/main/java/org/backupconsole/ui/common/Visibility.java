package org.backupconsole.ui.common;

import javafx.scene.Node;

/** Shows or hides a node together with the room it takes in its layout. */
public final class Visibility {

    private Visibility() {
    }

    public static void showOnlyIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
