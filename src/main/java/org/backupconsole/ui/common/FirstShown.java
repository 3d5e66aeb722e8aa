package org.backupconsole.ui.common;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Hidden nodes kept out of the scene until they are first made visible, then put back in their place for good. A
 * hidden node is still styled, given its skin and laid out on the window's first frame: the page's banners and
 * drill-down tables, which most starts never show, cost that start time.
 */
public final class FirstShown {

    private FirstShown() {
    }

    /** Each node must be a child of {@code parent}; those already visible stay where they are. */
    public static void defer(Pane parent, Node... nodes) {
        List<Node> order = List.copyOf(parent.getChildren());
        for (Node node : nodes) {
            if (!order.contains(node)) {
                throw new IllegalArgumentException(node + " is not a child of " + parent);
            }
        }
        for (Node node : nodes) {
            if (node.isVisible()) {
                continue;
            }
            parent.getChildren().remove(node);
            node.visibleProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable visible) {
                    if (node.isVisible()) {
                        visible.removeListener(this);
                        parent.getChildren().add(placeAmong(parent, order, node), node);
                    }
                }
            });
        }
    }

    /** After the children that came before it in the original order and are in the parent now. */
    private static int placeAmong(Pane parent, List<Node> order, Node node) {
        List<Node> before = order.subList(0, order.indexOf(node));
        return (int) parent.getChildren().stream().filter(before::contains).count();
    }
}
