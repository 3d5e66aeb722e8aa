package org.backupconsole.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;

import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.about.AboutView;
import org.backupconsole.ui.about.AboutViewModel;
import org.backupconsole.ui.backups.BackupRecoveryView;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.ViewLoader;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame: header with organization and cluster picker, the side navigation, and the page. */
public final class ShellView {

    private final BackupRecoveryViewModel viewModel;
    private final AboutViewModel about;
    private final String backendBadgeText;
    private final BorderPane root;
    private Theme theme;

    @FXML private Label organizationName;
    @FXML private ComboBox<Cluster> clusterPicker;
    @FXML private Label backendBadge;
    @FXML private Button themeToggle;
    @FXML private FontIcon themeIcon;
    @FXML private ToggleButton backupAndRestoreNav;

    public ShellView(BackupRecoveryViewModel viewModel, AboutViewModel about, String backendBadgeText,
                     Theme initialTheme) {
        this.viewModel = viewModel;
        this.about = about;
        this.backendBadgeText = backendBadgeText;
        this.theme = initialTheme;
        this.root = (BorderPane) ViewLoader.load(this);
        root.setCenter(new BackupRecoveryView(viewModel).root());
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        organizationName.textProperty().bind(viewModel.organizationNameProperty());
        clusterPicker.setItems(viewModel.clusters());
        clusterPicker.valueProperty().bindBidirectional(viewModel.selectedClusterProperty());
        clusterPicker.setCellFactory(list -> new ClusterCell());
        clusterPicker.setButtonCell(new ClusterCell());
        backendBadge.setText(backendBadgeText);
        // The only page so far: keep its navigation item selected even when clicked again.
        backupAndRestoreNav.selectedProperty().addListener((obs, was, selected) -> backupAndRestoreNav.setSelected(true));
        showThemeIcon();
    }

    @FXML
    private void showAbout() {
        new AboutView(about).showOver(root.getScene().getWindow());
    }

    @FXML
    private void toggleTheme() {
        theme = theme.other();
        theme.apply();
        showThemeIcon();
    }

    private void showThemeIcon() {
        themeIcon.setIconLiteral(theme == Theme.LIGHT ? "fth-moon" : "fth-sun");
    }

    /** A cluster in the picker: its name, with its plan and a note when it is deleted or restoring. */
    private static final class ClusterCell extends ListCell<Cluster> {
        @Override
        protected void updateItem(Cluster cluster, boolean empty) {
            super.updateItem(cluster, empty);
            if (empty || cluster == null) {
                setText(null);
                return;
            }
            String note = cluster.isDeleted() ? " · deleted" : cluster.isRestoring() ? " · restoring" : "";
            setText(cluster.name() + "  (" + cluster.plan().displayName() + note + ")");
        }
    }
}
