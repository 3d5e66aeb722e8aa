package org.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;

class FirstShownTest {

    private final Region header = named("header");
    private final Region banner = hidden("banner");
    private final Region notice = hidden("notice");
    private final Region shownAlready = named("shown already");
    private final Region tabs = named("tabs");
    private final VBox page = new VBox(header, banner, notice, shownAlready, tabs);

    @Test
    void hiddenNodesLeaveTheSceneUntilFirstShownThenTakeTheirOwnPlaceInWhateverOrderTheyCome() {
        FirstShown.defer(page, banner, notice, shownAlready);
        assertEquals(List.of(header, shownAlready, tabs), page.getChildren(), "the visible one stays");

        notice.setVisible(true);
        assertEquals(List.of(header, notice, shownAlready, tabs), page.getChildren());
        banner.setVisible(true);
        assertEquals(List.of(header, banner, notice, shownAlready, tabs), page.getChildren());

        banner.setVisible(false);
        notice.setVisible(false);
        notice.setVisible(true);
        assertEquals(List.of(header, banner, notice, shownAlready, tabs), page.getChildren(), "in for good, once");
    }

    @Test
    void aBoundVisibilityBringsItInAsWell() {
        var hasWords = new SimpleBooleanProperty(false);
        notice.visibleProperty().bind(hasWords);
        FirstShown.defer(page, notice);
        assertEquals(List.of(header, banner, shownAlready, tabs), page.getChildren());

        hasWords.set(true);
        assertEquals(List.of(header, banner, notice, shownAlready, tabs), page.getChildren());
    }

    @Test
    void aNodeOfAnotherParentIsRefusedAndNothingMoves() {
        Region elsewhere = hidden("elsewhere");
        new VBox(elsewhere);
        assertThrows(IllegalArgumentException.class, () -> FirstShown.defer(page, banner, elsewhere));
        assertEquals(List.of(header, banner, notice, shownAlready, tabs), page.getChildren());
    }

    private static Region named(String id) {
        Region node = new Region();
        node.setId(id);
        return node;
    }

    private static Region hidden(String id) {
        Region node = named(id);
        node.setVisible(false);
        return node;
    }
}
