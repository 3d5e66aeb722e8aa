package org.backupconsole.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.about.AboutView;
import org.backupconsole.ui.about.AboutViewModel;
import org.backupconsole.ui.backups.BackupRecoveryView;
import org.backupconsole.ui.backups.BackupRecoveryViewModel;
import org.backupconsole.ui.common.SearchablePicker;
import org.backupconsole.ui.restore.Announcement;
import org.backupconsole.ui.common.Theme;
import org.backupconsole.ui.common.ViewLoader;
import org.backupconsole.ui.common.Visibility;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame: header with organization and cluster picker, the side navigation, and the page. */
public final class ShellView {

    private static final String COLLAPSED = "collapsed";
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    /** Below this window width the navigation shows its icons only, leaving the room to the page. */
    private static final double WIDE_ENOUGH_FOR_NAMES = 1200;

    private final BackupRecoveryViewModel viewModel;
    private final AboutViewModel about;
    private final String backendBadgeText;
    private final BorderPane root;
    private Theme theme;
    private Consumer<Theme> onThemeChanged = chosen -> { };

    @FXML private Label brandName;
    @FXML private Label organizationName;
    @FXML private SearchableComboBox<Cluster> clusterPicker;
    @FXML private Label backendBadge;
    @FXML private Button themeToggle;
    @FXML private FontIcon themeIcon;
    @FXML private ToggleButton backupAndRestoreNav;
    @FXML private VBox sidebar;
    private final ToggleGroup pages = new ToggleGroup();
    /** How to build each navigation item's page; a page is built when it is first shown. */
    private final Map<Toggle, Supplier<Node>> pageBuilders = new HashMap<>();
    private final Map<Toggle, Node> builtPages = new HashMap<>();

    /** A page the navigation can show: its name, its Feather icon and how to build its content. */
    public record Page(String title, Ikon icon, Supplier<Node> content) {
    }

    public ShellView(BackupRecoveryViewModel viewModel, AboutViewModel about, String backendBadgeText,
                     Theme initialTheme) {
        this.viewModel = viewModel;
        this.about = about;
        this.backendBadgeText = backendBadgeText;
        this.theme = initialTheme;
        this.root = (BorderPane) ViewLoader.load(this);
        Node backupRecoveryPage = new BackupRecoveryView(viewModel).root();
        builtPages.put(backupAndRestoreNav, backupRecoveryPage);
        root.setCenter(backupRecoveryPage);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(QUIT, () -> scene.getWindow().hide());
                scene.widthProperty().addListener((o, was, width) -> {
                    boolean narrow = width.doubleValue() < WIDE_ENOUGH_FOR_NAMES;
                    if (narrow != (was.doubleValue() < WIDE_ENOUGH_FOR_NAMES)) {
                        showNavigationNames(!narrow);
                    }
                });
                showNavigationNames(scene.getWidth() >= WIDE_ENOUGH_FOR_NAMES);
            }
        });
    }

    /** Adds a heading and its pages to the navigation; choosing one shows it in place of the current page. */
    public void addSection(String heading, List<Page> sectionPages) {
        Label label = new Label(heading);
        label.getStyleClass().add("nav-section");
        sidebar.getChildren().add(label);
        for (Page page : sectionPages) {
            sidebar.getChildren().add(navigationItem(page));
        }
    }

    private ToggleButton navigationItem(Page page) {
        ToggleButton item = new ToggleButton(page.title(), new FontIcon(page.icon()));
        item.getStyleClass().add("nav-item");
        item.setMaxWidth(Double.MAX_VALUE);
        item.setTooltip(new Tooltip(page.title()));
        item.setToggleGroup(pages);
        pageBuilders.put(item, page.content());
        return item;
    }

    /** Adds a page to the first section of the navigation, after Backup and Restore. */
    public void addToDataSection(Page page) {
        ToggleButton item = navigationItem(page);
        sidebar.getChildren().add(sidebar.getChildren().indexOf(backupAndRestoreNav) + 1, item);
        if (sidebar.getStyleClass().contains(COLLAPSED)) {
            item.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /** Shows news in a toast in the window's corner, whatever page is shown. */
    public void announce(Announcement news) {
        Toasts.show(root.getScene().getWindow(), news);
    }

    /** Puts the status bar at the bottom of the window. */
    public void showStatus(StatusViewModel status) {
        root.setBottom(StatusBarView.of(status));
    }

    /** Puts a node in the header, before the backend badge, such as the simulator's clock. */
    public void addToHeader(Node node) {
        HBox header = (HBox) backendBadge.getParent();
        header.getChildren().add(header.getChildren().indexOf(backendBadge), node);
    }

    /** Shows the Backup Recovery page, as its navigation item does. */
    public void showBackupRecovery() {
        pages.selectToggle(backupAndRestoreNav);
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        organizationName.textProperty().bind(viewModel.organizationHeader());
        clusterPicker.promptTextProperty().bind(viewModel.clusterPrompt());
        SearchablePicker.bind(clusterPicker, viewModel.clusters(), viewModel.selectedClusterProperty(),
                ShellView::pickerText, (one, other) -> one.id().equals(other.id()));
        viewModel.setOnNotice(news -> Toasts.show(root.getScene().getWindow(), news));
        backendBadge.setText(backendBadgeText);
        backupAndRestoreNav.setToggleGroup(pages);
        backupAndRestoreNav.setTooltip(new Tooltip(backupAndRestoreNav.getText()));
        pages.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // A click on the current page's item would leave no page chosen: keep it chosen.
                pages.selectToggle(old);
            } else {
                root.setCenter(builtPages.computeIfAbsent(chosen, item -> pageBuilders.get(item).get()));
            }
        });
        showThemeIcon();
    }

    @FXML
    private void toggleNavigation() {
        showNavigationNames(sidebar.getStyleClass().contains(COLLAPSED));
    }

    /**
     * The navigation with its names and section headings, or its icons only (each item's name on hover); the
     * header's product name goes with them, the window's title still saying it.
     */
    private void showNavigationNames(boolean shown) {
        Visibility.showOnlyIf(brandName, shown);
        sidebar.getStyleClass().remove(COLLAPSED);
        if (!shown) {
            sidebar.getStyleClass().add(COLLAPSED);
        }
        for (Node child : sidebar.getChildren()) {
            if (child instanceof ToggleButton item) {
                item.setContentDisplay(shown ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY);
            } else {
                Visibility.showOnlyIf(child, shown);
            }
        }
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
        onThemeChanged.accept(theme);
    }

    /** Hears the theme the user switches to, to remember it. */
    public void setOnThemeChanged(Consumer<Theme> listener) {
        onThemeChanged = listener;
    }

    private void showThemeIcon() {
        themeIcon.setIconCode(theme == Theme.LIGHT ? Feather.MOON : Feather.SUN);
    }

    /** A cluster in the picker: its name, with its plan and a note when it is deleted or restoring. */
    private static String pickerText(Cluster cluster) {
        String note = cluster.isDeleted() || cluster.isRestoring() ? " · " + cluster.state().displayName() : "";
        return cluster.name() + "  (" + cluster.plan().displayName() + note + ")";
    }
}
