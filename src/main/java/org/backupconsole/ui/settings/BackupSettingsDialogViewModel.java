package org.backupconsole.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Cluster;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The Backup Settings dialog: enable switch, frequency and retention, and before saving what the change will
 * do. BASIC clusters show their fixed schedule read-only. Only changed fields are sent, and a refused change
 * leaves the settings as they were.
 */
public final class BackupSettingsDialogViewModel {

    private final Cluster cluster;
    private final BackupSettings current;
    private final SettingsFacts facts;
    private final BackupService service;
    private final UiExecutors executors;
    private final Consumer<BackupSettings> onSaved;

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ObjectProperty<Integer> frequencyMinutes = new SimpleObjectProperty<>(this, "frequencyMinutes");
    private final ObjectProperty<Integer> retentionDays = new SimpleObjectProperty<>(this, "retentionDays");
    private final ObservableList<String> effects = FXCollections.observableArrayList();
    private final ObservableList<String> effectsView = FXCollections.unmodifiableObservableList(effects);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final Command save;
    private final StringBinding retentionWarning;

    public BackupSettingsDialogViewModel(Cluster cluster, BackupSettings current, SettingsFacts facts,
                                         BackupService service, UiExecutors executors, Consumer<BackupSettings> onSaved) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.current = Objects.requireNonNull(current, "current");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        enabled.set(current.enabled());
        frequencyMinutes.set(current.frequencyMinutes());
        retentionDays.set(current.retentionDays());
        enabled.addListener((obs, was, on) -> {
            if (!on) {
                // The service refuses frequency or retention in the same change that disables backups.
                frequencyMinutes.set(current.frequencyMinutes());
                retentionDays.set(current.retentionDays());
            }
        });
        save = new Command(Bindings.createBooleanBinding(
                () -> isConfigurable() && update().isPresent() && !finished.get(),
                enabled, frequencyMinutes, retentionDays, finished), this::submit);
        for (Observable input : List.of(enabled, frequencyMinutes, retentionDays)) {
            input.addListener(o -> effects.setAll(describeEffects()));
        }
        effects.setAll(describeEffects());
        retentionWarning = Bindings.createStringBinding(() -> update().flatMap(BackupSettingsUpdate::retentionDays)
                .map(days -> ONE_RETENTION_CHANGE).orElse(""), enabled, retentionDays);
    }

    public boolean isConfigurable() {
        return cluster.plan().hasConfigurableBackups();
    }

    /** Why the settings cannot be changed, for BASIC clusters; empty otherwise. */
    public String readOnlyReason() {
        return isConfigurable() ? "" : cluster.plan().displayName() + " clusters have a fixed schedule: a backup"
                + " every 24 hours, kept 30 days. Upgrade " + cluster.name() + " to Standard to choose your own.";
    }

    public String title() {
        return "Backup settings of " + cluster.name();
    }

    /** The change to send: only the fields that differ, and nothing but the switch when disabling. */
    Optional<BackupSettingsUpdate> update() {
        return BackupSettingsUpdate.between(current, enabled.get(), frequencyMinutes.get(), retentionDays.get());
    }

    private List<String> describeEffects() {
        if (!isConfigurable()) {
            return List.of();
        }
        Optional<BackupSettingsUpdate> update = update();
        if (update.isEmpty()) {
            return List.of("Nothing to save yet: change a setting above to see what it will do.");
        }
        List<String> lines = new ArrayList<>();
        if (!enabled.get()) {
            lines.add("No more backups are taken from now on; existing backups are kept until they expire.");
            lines.add("The recovery point (RPO) then grows with every hour: a failure could lose everything"
                    + " written since the last backup.");
            return lines;
        }
        lines.add("An immediate full backup starts after saving, which may raise CPU use on "
                + cluster.name() + " for a while.");
        int frequency = update.get().frequencyMinutes().orElse(current.frequencyMinutes());
        if (update.get().frequencyMinutes().isPresent() || !current.enabled()) {
            lines.add("Your recovery point becomes at most " + ScheduleText.frequencyOption(frequency)
                    + (current.enabled() ? ", instead of " + ScheduleText.frequencyOption(current.frequencyMinutes()) : "")
                    + ": a failure loses at most the writes since the last backup.");
        }
        update.get().retentionDays().ifPresent(days -> {
            lines.add(ONE_RETENTION_CHANGE);
            if (facts.retentionChangeUsed().isEmpty()) {
                lines.add(UNKNOWN_WHETHER_USED);
            }
            lines.add("Backups taken from now on expire after " + ScheduleText.retention(days) + "; "
                    + existingKeepTheirExpiry() + ".");
        });
        return lines;
    }

    static final String ONE_RETENTION_CHANGE = "This uses your one retention change: it cannot be changed again"
            + " without a support ticket.";
    static final String UNKNOWN_WHETHER_USED = "The Cloud API does not say whether the one change was already used;"
            + " if it was, the service refuses this one and nothing is changed.";

    private String existingKeepTheirExpiry() {
        int existing = facts.existingBackups();
        if (facts.moreNotCounted()) {
            return "the " + existing + " or more existing ones keep their expiry";
        }
        return switch (existing) {
            case 0 -> "there are no existing backups yet";
            case 1 -> "the 1 existing one keeps its expiry";
            default -> "the " + existing + " existing ones keep their expiry";
        };
    }

    /** Why the retention cannot be chosen, when the one change was made; empty otherwise. */
    public String retentionLockedReason() {
        return facts.retentionLocked() ? "The retention of " + cluster.name() + " was already changed once, so it stays "
                + ScheduleText.retention(current.retentionDays()) + ". To change it again, open a support ticket." : "";
    }

    /** True when the one retention change was made: the retention field is then read-only. */
    public boolean retentionLocked() {
        return facts.retentionLocked();
    }

    private void submit(Runnable done) {
        BackupSettingsUpdate update = update().orElseThrow();
        errorMessage.set("");
        executors.call(() -> service.updateBackupSettings(cluster.id(), update),
                saved -> {
                    finished.set(true);
                    onSaved.accept(saved);
                },
                failure -> errorMessage.set("Nothing was changed. " + failure.message()),
                done);
    }

    /** Closes without saving; refused while a save is on its way. */
    public void cancel() {
        if (!save.runningProperty().get()) {
            finished.set(true);
        }
    }

    public List<Integer> frequencyChoices() {
        return BackupSettings.FREQUENCY_MINUTES;
    }

    public List<Integer> retentionChoices() {
        return BackupSettings.RETENTION_DAYS;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<Integer> frequencyMinutesProperty() {
        return frequencyMinutes;
    }

    public ObjectProperty<Integer> retentionDaysProperty() {
        return retentionDays;
    }

    /** What saving will do, in plain words. */
    public ObservableList<String> effects() {
        return effectsView;
    }

    /** While the retention chosen differs from the current one: that this uses the one change. Empty otherwise. */
    public StringBinding retentionWarningProperty() {
        return retentionWarning;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }
}
