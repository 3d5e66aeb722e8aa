package org.backupconsole.ui.common;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.MessageSkin;
import javafx.scene.control.Skin;
import javafx.scene.text.Text;

/**
 * An AtlantaFX {@link Message} that shows its words as they are. AtlantaFX 2.0.1 reads a description as BBCode,
 * which drops the punctuation after a bracket ("$.backups[0].id" reads "$.backups[0]id"), and a title changed
 * once the message is shown takes the description's words; messages here carry service text with brackets and
 * change their titles.
 */
public class PlainMessage extends Message {

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PlainSkin(this);
    }

    private static final class PlainSkin extends MessageSkin {

        PlainSkin(Message message) {
            super(message);
            // Runs after the skin's own listener, which puts the description into the title.
            registerChangeListener(message.titleProperty(), o -> {
                String title = message.getTitle();
                titleLbl.setText(title);
                titleLbl.setVisible(title != null);
                titleLbl.setManaged(title != null);
                message.pseudoClassStateChanged(HAS_TITLE, title != null);
            });
        }

        @Override
        protected void setDescriptionText() {
            String description = getSkinnable().getDescription();
            if (description == null || description.isBlank()) {
                descriptionText.getChildren().clear();
            } else {
                descriptionText.getChildren().setAll(new Text(description));
            }
        }
    }
}
