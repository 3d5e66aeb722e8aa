package org.backupconsole.ui.restore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.domain.TargetPrecheck;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.DurationText;
import org.backupconsole.ui.common.ExpiryText;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The Restore dialog: the backup's details, the target, what the restore will destroy, and the typed name that
 * arms the Restore command. The command sends at most one restore: it refuses to run while a request is on its
 * way and once a restore has started.
 */
public final class RestoreDialogViewModel {

    /** A CockroachDB database name as the dialog accepts it: an unquoted SQL identifier. */
    static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    /** The facts of a restore request that do not change while the dialog is open. */
    public record Subject(Backup backup, Cluster source, RestoreScope scope, List<Cluster> organization,
                          Permissions permissions, Instant now, ZoneId zone) {
        public Subject {
            Objects.requireNonNull(backup, "backup");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(scope, "scope");
            organization = List.copyOf(organization);
            Objects.requireNonNull(permissions, "permissions");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** One line of the backup's details: a label and its value. */
    public record Detail(String label, String value) {
    }

    private final Subject subject;
    private final BackupService service;
    private final UiExecutors executors;
    private final Consumer<Restore> onStarted;

    private final ObservableList<Detail> details = FXCollections.observableArrayList();

    private final ObservableList<Detail> detailsView = FXCollections.unmodifiableObservableList(details);
    private final ObservableList<RestoreTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<RestoreTarget> targetsView = FXCollections.unmodifiableObservableList(targets);
    private final ObjectProperty<RestoreTarget> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final StringProperty newDatabaseName = new SimpleStringProperty(this, "newDatabaseName", "");
    private final StringProperty intoDatabase = new SimpleStringProperty(this, "intoDatabase", "");
    private final BooleanProperty skipMissingForeignKeys = new SimpleBooleanProperty(this, "skipMissingForeignKeys");
    private final BooleanProperty skipMissingSequences = new SimpleBooleanProperty(this, "skipMissingSequences");
    private final BooleanProperty skipMissingViews = new SimpleBooleanProperty(this, "skipMissingViews");
    private final BooleanProperty skipLocalitiesCheck = new SimpleBooleanProperty(this, "skipLocalitiesCheck");
    private final BooleanProperty schemaOnly = new SimpleBooleanProperty(this, "schemaOnly");
    private final ObservableList<Consequence> consequences = FXCollections.observableArrayList();
    private final ObservableList<Consequence> consequencesView = FXCollections.unmodifiableObservableList(consequences);
    private final ObservableList<ContentsChange> contentsChanges = FXCollections.observableArrayList();
    private final ObservableList<ContentsChange> contentsChangesView = FXCollections.unmodifiableObservableList(contentsChanges);
    private final ReadOnlyObjectWrapper<LossWindow> lossWindow = new ReadOnlyObjectWrapper<>(this, "lossWindow");
    private final ReadOnlyObjectWrapper<BackupHolds> backupHolds = new ReadOnlyObjectWrapper<>(this, "backupHolds", BackupHolds.LOADING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper newDatabaseNameProblem = new ReadOnlyStringWrapper(this, "newDatabaseNameProblem", "");
    private final ReadOnlyStringWrapper intoDatabaseProblem = new ReadOnlyStringWrapper(this, "intoDatabaseProblem", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper restoreLabel = new ReadOnlyStringWrapper(this, "restoreLabel", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final TargetCheck targetCheck;
    private final BooleanBinding emptyFirstOffered;
    private final Command restore;

    public RestoreDialogViewModel(Subject subject, BackupService service, UiExecutors executors,
                                  Consumer<Restore> onStarted) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.onStarted = Objects.requireNonNull(onStarted, "onStarted");
        details.setAll(describe(subject));
        targets.setAll(RestoreTargets.of(subject.source(), subject.organization(), subject.permissions()));
        target.set(targets.get(0));
        title.set(titleFor(target.get()));
        targetCheck = new TargetCheck(service, executors);
        target.addListener((obs, old, chosen) -> {
            title.set(titleFor(chosen));
            confirmation.set("");
            check(chosen);
        });
        restore = new Command(Bindings.createBooleanBinding(
                () -> problem.get().isEmpty() && !finished.get(), problem, finished), this::submit);
        emptyFirstOffered = Bindings.createBooleanBinding(() -> subject.scope().type() == RestoreType.CLUSTER
                        && targetCheck.contents().filter(contents -> !contents.isEmpty()).isPresent()
                        && !restore.runningProperty().get() && !finished.get(),
                targetCheck.contentsProperty(), restore.runningProperty(), finished);
        for (Observable input : List.of(target, confirmation, newDatabaseName, intoDatabase, skipMissingForeignKeys,
                skipMissingSequences, skipMissingViews, skipLocalitiesCheck, schemaOnly,
                targetCheck.contentsProperty(), targetCheck.checkingProperty(), targetCheck.errorProperty(), backupHolds)) {
            input.addListener(o -> update());
        }
        check(target.get());
        readWhatTheBackupHolds();
    }

    /** Once for the dialog's life: the backup does not change while it is open. */
    private void readWhatTheBackupHolds() {
        String sourceId = subject.source().id();
        String backupId = subject.backup().id();
        executors.call(() -> service.backupContents(sourceId).map(all -> Optional.ofNullable(all.get(backupId))
                                .map(BackupHolds::known)
                                .orElse(BackupHolds.unknown("The backend did not say what this backup holds.")))
                        .orElse(BackupHolds.unknown(BackupHolds.NOT_LISTED)),
                backupHolds::set,
                failure -> backupHolds.set(BackupHolds.unknown("What the backup holds could not be read. "
                        + failure.message())));
    }

    private void check(RestoreTarget chosen) {
        targetCheck.check(chosen.selectable() ? chosen.cluster() : null);
        update();
    }

    private static List<Detail> describe(Subject subject) {
        Backup backup = subject.backup();
        Cluster source = subject.source();
        List<Detail> details = new ArrayList<>(List.of(
                new Detail("Cluster", source.name()),
                new Detail("Plan", source.plan().displayName()),
                new Detail("Data From", TimeFormats.local(backup.asOfTime(), subject.zone()))));
        TimeFormats.utcIfDifferent(backup.asOfTime(), subject.zone())
                .ifPresent(utc -> details.add(new Detail("Data From (UTC)", utc)));
        details.addAll(List.of(
                new Detail("Backup ID", backup.id()),
                new Detail("Backup region", source.backupRegion().orElse("not reported by the service")),
                new Detail("Expires in", ExpiryText.explained(Duration.between(subject.now(), backup.expiresAt()),
                        backup.expiryEstimated())),
                new Detail("Restores", subject.scope().describe())));
        return List.copyOf(details);
    }

    private void update() {
        RestoreTarget chosen = target.get();
        RestoreOptions options = options();
        consequences.setAll(RestoreConsequences.of(subject.scope(), chosen, subject.source().name(),
                dataFrom(), Duration.between(subject.backup().asOfTime(), subject.now()), options,
                targetCheck.contents()));
        contentsChanges.setAll(RestoreContentsDiff.of(subject.scope(), options, backupHolds.get(), targetCheck.contents()));
        lossWindow.set(lossWindowOf(chosen));
        restoreLabel.set("Restore into " + chosen.cluster().name());
        newDatabaseNameProblem.set(badDatabaseName(newDatabaseName.get(), "The new database name").orElse(""));
        intoDatabaseProblem.set(badDatabaseName(intoDatabase.get(), "The database to restore into").orElse(""));
        problem.set(findProblem(chosen).orElse(""));
    }

    /** A cluster restore into the backup's own cluster loses the changes since the backup, unless it is empty now. */
    private LossWindow lossWindowOf(RestoreTarget chosen) {
        boolean knownEmpty = targetCheck.contents().filter(TargetContents::isEmpty).isPresent();
        if (subject.scope().type() != RestoreType.CLUSTER || !chosen.isSource() || knownEmpty) {
            return null;
        }
        Duration lost = Duration.between(subject.backup().asOfTime(), subject.now());
        return new LossWindow(TimeFormats.recent(subject.backup().asOfTime(), subject.zone(), subject.now()),
                "now, " + TimeFormats.recent(subject.now(), subject.zone(), subject.now()),
                DurationText.of(lost) + " of changes lost");
    }

    private Optional<String> findProblem(RestoreTarget chosen) {
        if (!chosen.selectable()) {
            return Optional.of(chosen.cluster().name() + " cannot take this restore: it is "
                    + chosen.unavailableBecause().orElseThrow() + ".");
        }
        for (String badName : List.of(newDatabaseNameProblem.get(), intoDatabaseProblem.get())) {
            if (!badName.isEmpty()) {
                return Optional.of(badName);
            }
        }
        Optional<String> precheck = precheckProblem(chosen);
        if (precheck.isPresent()) {
            return precheck;
        }
        String typed = confirmation.get().strip();
        String expected = chosen.cluster().name();
        if (typed.isEmpty()) {
            return Optional.of("Type " + expected + " to enable Restore.");
        }
        if (!typed.equals(expected)) {
            return Optional.of("\"" + typed + "\" is not the target's name: type " + expected + " exactly.");
        }
        return Optional.empty();
    }

    private Optional<String> precheckProblem(RestoreTarget chosen) {
        String name = chosen.cluster().name();
        if (targetCheck.checkingProperty().get()) {
            return Optional.of("Checking what " + name + " holds before Restore can be enabled…");
        }
        if (!targetCheck.errorProperty().get().isEmpty()) {
            return Optional.of("Restore stays disabled until the app can check what " + name
                    + " holds: choose Check again.");
        }
        return targetCheck.contents().flatMap(contents -> TargetPrecheck.refusal(subject.scope().type(),
                subject.scope().item(), options(), contents));
    }

    private static Optional<String> badDatabaseName(String text, String what) {
        String name = text.strip();
        if (name.isEmpty() || SQL_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(what + " \"" + name + "\" is not valid: start with a letter or _, then use letters,"
                + " digits, _ or $ only, at most 63 characters.");
    }

    private RestoreOptions options() {
        return new RestoreOptions(
                nonBlank(newDatabaseName.get()), nonBlank(intoDatabase.get()), schemaOnly.get(),
                skipLocalitiesCheck.get(), skipMissingForeignKeys.get(), skipMissingSequences.get(),
                skipMissingViews.get());
    }

    private static Optional<String> nonBlank(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private void submit(Runnable done) {
        RestoreRequest request = new RestoreRequest(target.get().cluster().id(), subject.scope().type(),
                Optional.of(subject.source().id()), Optional.of(subject.backup().id()), subject.scope().objects(),
                options());
        errorMessage.set("");
        executors.call(() -> service.createRestore(request),
                started -> {
                    finished.set(true);
                    onStarted.accept(started);
                },
                failure -> errorMessage.set(finished.get()
                        ? "The restore was started, but the app could not follow it. " + failure.message()
                        : "The service did not start the restore. " + failure.message()),
                done);
    }

    /**
     * The separate, explicit step that drops every database of a non-empty target, so that a cluster restore
     * into it can work; the target is checked again when that dialog closes.
     */
    public Optional<EmptyClusterViewModel> emptyFirstDialog() {
        if (!emptyFirstOffered.get()) {
            return Optional.empty();
        }
        return Optional.of(new EmptyClusterViewModel(target.get().cluster(),
                targetCheck.contents().orElseThrow().databases(), service, executors, () -> {
                    // The target has changed since the name was typed: Restore is armed again only by a new one.
                    confirmation.set("");
                    targetCheck.checkAgain();
                }));
    }

    /** Whether the target holds databases that a cluster restore needs gone: the dialog offers to empty it. */
    public BooleanBinding emptyFirstOfferedProperty() {
        return emptyFirstOffered;
    }

    /** What the chosen target holds now, as the backend reported it just before. */
    public TargetCheck targetCheck() {
        return targetCheck;
    }

    /** Closes the dialog without sending anything; refused while a request is on its way. */
    public void cancel() {
        if (!restore.runningProperty().get()) {
            finished.set(true);
        }
    }

    private String dataFrom() {
        return TimeFormats.local(subject.backup().asOfTime(), subject.zone());
    }

    /**
     * "Restore payments-prod to Nov 23, 2026, 5:37 AM CET?", or, into another cluster, "Restore payments-prod's
     * backup of Nov 23, 2026, 5:37 AM CET into payments-dr?"; it follows the chosen target.
     */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private String titleFor(RestoreTarget chosen) {
        String what = subject.scope().type() == RestoreType.CLUSTER
                ? subject.source().name() : subject.scope().describe();
        if (chosen == null || chosen.cluster().id().equals(subject.source().id())) {
            return "Restore " + what + " to " + dataFrom() + "?";
        }
        String backupOf = subject.scope().type() == RestoreType.CLUSTER
                ? subject.source().name() + "'s backup" : what + " from " + subject.source().name() + "'s backup";
        return "Restore " + backupOf + " of " + dataFrom() + " into " + chosen.cluster().name() + "?";
    }

    public ObservableList<Detail> details() {
        return detailsView;
    }

    public ObservableList<RestoreTarget> targets() {
        return targetsView;
    }

    public ObjectProperty<RestoreTarget> targetProperty() {
        return target;
    }

    /** What the user has typed to confirm; it must equal the target cluster's name. */
    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObservableList<Consequence> consequences() {
        return consequencesView;
    }

    /** The changes a restore into the backup's own cluster loses, for the timeline; null when it loses none of them. */
    public ReadOnlyObjectProperty<LossWindow> lossWindowProperty() {
        return lossWindow.getReadOnlyProperty();
    }

    /** What comes back, what is replaced and what disappears, once the target has been checked. */
    public ObservableList<ContentsChange> contentsChanges() {
        return contentsChangesView;
    }

    /** Why Restore is disabled; empty when it is enabled. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restoreLabelProperty() {
        return restoreLabel.getReadOnlyProperty();
    }

    /** True once the dialog should close: a restore started, or the user cancelled. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public Command restoreCommand() {
        return restore;
    }

    /** ADVANCED only: the dependency and locality options of the Cloud API. */
    public boolean offersOptions() {
        return subject.source().plan() == Plan.ADVANCED;
    }

    public boolean offersNewDatabaseName() {
        return subject.scope().type() == RestoreType.DATABASE;
    }

    public boolean offersIntoDatabase() {
        return subject.scope().type() == RestoreType.TABLE;
    }

    /** The console offers the localities check for cluster and database restores. */
    public boolean offersLocalitiesCheck() {
        return offersOptions() && subject.scope().type() != RestoreType.TABLE;
    }

    /** Foreign keys, sequences, views and schema-only concern database and table restores. */
    public boolean offersDependencyOptions() {
        return subject.scope().type() != RestoreType.CLUSTER;
    }

    public StringProperty newDatabaseNameProperty() {
        return newDatabaseName;
    }

    public StringProperty intoDatabaseProperty() {
        return intoDatabase;
    }

    /** What is wrong with the new database name as typed; empty while nothing is. */
    public ReadOnlyStringProperty newDatabaseNameProblemProperty() {
        return newDatabaseNameProblem.getReadOnlyProperty();
    }

    /** What is wrong with the name of the database to restore into as typed; empty while nothing is. */
    public ReadOnlyStringProperty intoDatabaseProblemProperty() {
        return intoDatabaseProblem.getReadOnlyProperty();
    }

    public BooleanProperty skipMissingForeignKeysProperty() {
        return skipMissingForeignKeys;
    }

    public BooleanProperty skipMissingSequencesProperty() {
        return skipMissingSequences;
    }

    public BooleanProperty skipMissingViewsProperty() {
        return skipMissingViews;
    }

    public BooleanProperty skipLocalitiesCheckProperty() {
        return skipLocalitiesCheck;
    }

    public BooleanProperty schemaOnlyProperty() {
        return schemaOnly;
    }
}
