package org.backupconsole.ui.connect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.domain.Cluster;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.live.LiveBackupService;
import org.backupconsole.live.SecretKey;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The Connect dialog: an API URL and a secret key, checked by listing the clusters the key can see. The key
 * lives in the password field's property only; it is never shown back or written anywhere. Input the client
 * would refuse (plain http to a remote host, a malformed key) is reported before anything is sent.
 */
public final class ConnectViewModel {

    /** What the user opens: the connected service and the cluster chosen in the list, if any. */
    public record Connection(LiveBackupService service, Optional<Cluster> cluster) {
    }

    private final UiExecutors executors;
    private final BiFunction<ApiUrl, SecretKey, LiveBackupService> connector;
    private final Consumer<Connection> onOpen;

    private final StringProperty apiUrl = new SimpleStringProperty(this, "apiUrl", ApiUrl.DEFAULT);
    private final StringProperty secretKey = new SimpleStringProperty(this, "secretKey", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final ObservableList<Cluster> clustersView = FXCollections.unmodifiableObservableList(clusters);
    private final ObjectProperty<Cluster> selectedCluster = new SimpleObjectProperty<>(this, "selectedCluster");
    private final StringBinding apiUrlProblem = problemOf(apiUrl, ApiUrl::parse);
    private final StringBinding secretKeyProblem = problemOf(secretKey, SecretKey::of);
    private final Command connect;
    private final Command open;
    private LiveBackupService service;
    private LiveBackupService pending;
    /** The attempt under way; a newer attempt or a change of the fields cancels it. */
    private Request attempt = Request.NONE;

    /**
     * @param connector makes a live service for a URL and key; it must not call the network itself
     * @param onOpen    receives the connected service and the chosen cluster when the user opens them; the view
     *                  model then lets go of the service
     */
    public ConnectViewModel(UiExecutors executors, BiFunction<ApiUrl, SecretKey, LiveBackupService> connector,
                            Consumer<Connection> onOpen) {
        this.executors = Objects.requireNonNull(executors, "executors");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
        this.connect = new Command(Bindings.createBooleanBinding(
                () -> !apiUrl.get().isBlank() && !secretKey.get().isBlank(), apiUrl, secretKey), this::connect);
        this.open = new Command(connected, done -> {
            Connection chosen = new Connection(service, Optional.ofNullable(selectedCluster.get()));
            service = null;
            connected.set(false);
            done.run();
            onOpen.accept(chosen);
        });
        apiUrl.addListener((obs, old, now) -> forgetConnection());
        secretKey.addListener((obs, old, now) -> forgetConnection());
    }

    private void connect(Runnable done) {
        forgetConnection();
        ApiUrl url;
        SecretKey key;
        try {
            url = ApiUrl.parse(apiUrl.get());
            key = SecretKey.of(secretKey.get());
        } catch (IllegalArgumentException e) {
            errorMessage.set(e.getMessage());
            done.run();
            return;
        }
        LiveBackupService candidate = connector.apply(url, key);
        pending = candidate;
        status.set("Connecting to " + url.host() + "…");
        attempt = executors.call(candidate::listClusters,
                visible -> {
                    pending = null;
                    service = candidate;
                    clusters.setAll(visible);
                    selectedCluster.set(visible.isEmpty() ? null : visible.get(0));
                    status.set(summary(visible));
                    connected.set(true);
                },
                failure -> {
                    pending = null;
                    candidate.close();
                    status.set("");
                    errorMessage.set(failure.message());
                },
                done);
    }

    /** Drops a connection that no longer matches the fields, and any attempt still under way. */
    private void forgetConnection() {
        attempt.cancel();
        if (pending != null) {
            pending.close();
            pending = null;
        }
        if (service != null) {
            service.close();
            service = null;
        }
        connected.set(false);
        clusters.clear();
        selectedCluster.set(null);
        errorMessage.set("");
        status.set("");
    }

    /** What the client would refuse in a typed field, as it would say it; empty while the field is empty or fine. */
    private static StringBinding problemOf(StringProperty field, Function<String, ?> parse) {
        return Bindings.createStringBinding(() -> {
            if (field.get().isBlank()) {
                return "";
            }
            try {
                parse.apply(field.get());
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, field);
    }

    /** Closes what the dialog holds when it is closed without opening a connection. */
    public void dispose() {
        forgetConnection();
    }

    static String summary(List<Cluster> visible) {
        return switch (visible.size()) {
            case 0 -> "Connected. This key can see no clusters: grant its service account a role on a cluster.";
            case 1 -> "Connected. This key can see 1 cluster.";
            default -> "Connected. This key can see " + visible.size() + " clusters.";
        };
    }

    public StringProperty apiUrlProperty() {
        return apiUrl;
    }

    public StringProperty secretKeyProperty() {
        return secretKey;
    }

    /** What is wrong with the typed API URL, before anything is sent; empty while nothing is. */
    public StringBinding apiUrlProblemProperty() {
        return apiUrlProblem;
    }

    /** What is wrong with the typed secret key, never the key itself; empty while nothing is. */
    public StringBinding secretKeyProblemProperty() {
        return secretKeyProblem;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ObservableList<Cluster> clusters() {
        return clustersView;
    }

    /** The cluster the page opens on; the first one the key can see until the user picks another. */
    public ObjectProperty<Cluster> selectedClusterProperty() {
        return selectedCluster;
    }

    public Command connectCommand() {
        return connect;
    }

    public Command openCommand() {
        return open;
    }
}
