package org.backupconsole.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the app: GitHub Primer light and dark, from AtlantaFX. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
