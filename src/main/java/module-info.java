/** Backup Console: a desktop console for CockroachDB Cloud managed backups, with an embedded simulator. */
module org.backupconsole {
    requires javafx.controls;
    requires javafx.fxml;
    requires java.logging;
    requires java.prefs;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires okhttp3;

    exports org.backupconsole.app;

    opens org.backupconsole.app to info.picocli;
    opens org.backupconsole.cli to info.picocli;
    opens org.backupconsole.ui.shell to javafx.fxml;
    opens org.backupconsole.ui.common to javafx.fxml;
    opens org.backupconsole.ui.backups to javafx.fxml;
    opens org.backupconsole.ui.restore to javafx.fxml;
    opens org.backupconsole.ui.coverage to javafx.fxml;
    opens org.backupconsole.ui.settings to javafx.fxml;
    opens org.backupconsole.ui.about to javafx.fxml;
    opens org.backupconsole.ui.simulator to javafx.fxml;
    opens org.backupconsole.ui.inspector to javafx.fxml;
    opens org.backupconsole.ui.drills to javafx.fxml;
    opens org.backupconsole.ui.connect to javafx.fxml;
    opens org.backupconsole.ui.activity to javafx.fxml;
    opens org.backupconsole.wire to com.fasterxml.jackson.databind;
    opens org.backupconsole.server to com.fasterxml.jackson.databind;
}
