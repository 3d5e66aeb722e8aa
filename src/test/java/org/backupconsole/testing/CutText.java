package org.backupconsole.testing;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the texts a reader cannot read whole: a shown {@link Labeled} whose words are cut short (its skin shows
 * an ellipsis or fewer words than it holds) while neither it nor a control around it offers a tooltip.
 */
public final class CutText {

    private CutText() {
    }

    /** Must run on the FX thread. Each entry names the labeled, what it holds and what it shows. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0 || outsideItsScene(node)) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled) && !hasTooltip(labeled)) {
            cut.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static boolean isCut(Labeled labeled) {
        String held = labeled.getText();
        if (held == null || held.isBlank()) {
            return false;
        }
        if (labeled.isMnemonicParsing()) {
            held = held.replaceFirst("_(?=.)", "");
        }
        Text shown = shownText(labeled);
        return shown != null && !held.equals(shown.getText());
    }

    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static boolean hasTooltip(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Control control && control.getTooltip() != null) {
                return true;
            }
        }
        return false;
    }

    /** A table keeps spare rows below its viewport, and a scrolled pane parts of its content out of sight. */
    private static boolean outsideItsScene(Node node) {
        if (node.getScene() == null) {
            return true;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMinY() >= node.getScene().getHeight() || bounds.getMinX() >= node.getScene().getWidth();
    }

    private static String describe(Labeled labeled) {
        Text shown = shownText(labeled);
        return labeled.getClass().getSimpleName() + labeled.getStyleClass() + " holds \"" + labeled.getText()
                + "\" but shows \"" + (shown == null ? "" : shown.getText()) + "\" in " + Math.round(labeled.getWidth())
                + " px";
    }
}
