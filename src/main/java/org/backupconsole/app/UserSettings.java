package org.backupconsole.app;

import java.util.Optional;

import org.backupconsole.cli.BackendChoice;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.ui.common.Theme;

/**
 * What the app remembers between runs: the Cloud API it connected to last, the backend it opened last and the
 * theme. Never a secret key.
 */
record UserSettings(Optional<ApiUrl> apiUrl, Optional<BackendChoice> backend, Theme theme) {

    static final UserSettings DEFAULTS = new UserSettings(Optional.empty(), Optional.empty(), Theme.LIGHT);

    UserSettings withApiUrl(ApiUrl url) {
        return new UserSettings(Optional.of(url), backend, theme);
    }

    UserSettings withBackend(BackendChoice chosen) {
        return new UserSettings(apiUrl, Optional.of(chosen), theme);
    }

    UserSettings withTheme(Theme chosen) {
        return new UserSettings(apiUrl, backend, chosen);
    }
}
