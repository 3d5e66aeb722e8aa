package org.backupconsole.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.RetryPolicy;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;

/** What the live client does when the network or the service misbehaves in ways the local server cannot. */
class LiveClientResilienceTest {

    private static final String KEY = "CCDB1_resilienceTestKey0123456789";
    private static final String CONFIG = "{\"enabled\":true,\"frequency_minutes\":60,\"retention_days\":30}";
    private static final String ONE_BACKUP =
            "{\"backups\":[{\"id\":\"b-1\",\"as_of_time\":\"2025-07-25T14:52:05.637170Z\"}],\"pagination\":null}";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private LiveBackupService service;

    @BeforeEach
    void start() throws Exception {
        server.start();
        service = serviceWith(new ClientSettings(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5),
                RetryPolicy.DEFAULT));
    }

    private LiveBackupService serviceWith(ClientSettings settings) {
        CloudApiClient client = new CloudApiClient(ApiUrl.parse(server.url("/").toString()), SecretKey.of(KEY),
                settings, InstantSource.system(), sleeper, () -> 0.5);
        return new LiveBackupService(client, InstantSource.fixed(Instant.parse("2025-07-26T00:00:00Z")));
    }

    @AfterEach
    void stop() {
        service.close();
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void everyRequestCarriesTheBearerKeyAndTheApiVersion() throws Exception {
        server.enqueue(json(200, CONFIG));
        service.getBackupSettings("c-1");
        RecordedRequest request = server.takeRequest();
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
        assertEquals("2024-09-16", request.getHeaders().get("Cc-Version"));
        assertEquals("/api/v1/clusters/c-1/backups-config", request.getUrl().encodedPath());
    }

    @Test
    void eachRetryAndTheEndOfTheRetriedCallAreReportedToTheListener() {
        List<String> reported = new ArrayList<>();
        service.reportActivityTo(new ClientActivity() {
            @Override
            public void retrying(int nextAttempt, int attempts, Duration wait, FailureReason reason) {
                reported.add("retry " + nextAttempt + " of " + attempts + " after " + wait.toMillis() + " ms: " + reason);
            }

            @Override
            public void settled() {
                reported.add("settled");
            }
        });
        server.enqueue(json(429, "{\"code\":8,\"message\":\"slow down\"}").newBuilder().addHeader("Retry-After", "3").build());
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, CONFIG));

        service.getBackupSettings("c-1");
        server.enqueue(json(200, CONFIG));
        service.getBackupSettings("c-1");

        assertEquals(List.of("retry 2 of 4 after 3000 ms: RATE_LIMITED", "retry 3 of 4 after " + sleeper.waits.get(1).toMillis()
                + " ms: SERVER_ERROR", "settled"), reported, "a call answered at once reports nothing");
    }

    @Test
    void truncatedJsonIsAServerErrorThatSaysTheAnswerWasUnreadable() {
        server.enqueue(json(200, "{\"enabled\":true,\"frequency_min"));
        BackendException e = assertThrows(BackendException.class, () -> service.getBackupSettings("c-1"));
        assertEquals(FailureReason.SERVER_ERROR, e.reason());
        assertTrue(e.getMessage().startsWith("The Cloud API sent a response the app cannot read"), e.getMessage());
    }

    @Test
    void aBodyCutOffMidwayIsReadAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(CONFIG + " ".repeat(4096))
                .throttleBody(64, 10, TimeUnit.MILLISECONDS)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, CONFIG));
        assertEquals(new BackupSettings(true, 60, 30), service.getBackupSettings("c-1"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aSlowBodyTimesOutThenTheReadIsTriedAgain() {
        server.enqueue(new MockResponse.Builder().code(200).body(CONFIG).bodyDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(json(200, CONFIG));
        assertEquals(new BackupSettings(true, 60, 30), service.getBackupSettings("c-1"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aBodyThatNeverEndsFailsAsATimeoutAfterTheLastAttempt() {
        service.close();
        service = serviceWith(new ClientSettings(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1))));
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body(CONFIG).bodyDelay(2, TimeUnit.SECONDS).build());
        }
        BackendException e = assertThrows(BackendException.class, () -> service.getBackupSettings("c-1"));
        assertEquals(FailureReason.NETWORK, e.reason());
        assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aResetConnectionIsTriedAgain() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, CONFIG));
        assertEquals(new BackupSettings(true, 60, 30), service.getBackupSettings("c-1"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aServerErrorThenSuccessSucceedsAfterABackoff() {
        server.enqueue(json(500, "{\"code\":13,\"message\":\"internal error\"}"));
        server.enqueue(json(200, CONFIG));
        assertEquals(new BackupSettings(true, 60, 30), service.getBackupSettings("c-1"));
        assertEquals(1, sleeper.waits.size());
        Duration wait = sleeper.waits.get(0);
        assertTrue(wait.compareTo(Duration.ofMillis(125)) >= 0 && wait.compareTo(Duration.ofMillis(250)) <= 0, wait.toString());
    }

    @Test
    void backoffGrowsAndGivesUpAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{\"code\":14,\"message\":\"unavailable\"}"));
        }
        BackendException e = assertThrows(BackendException.class, () -> service.getBackupSettings("c-1"));
        assertEquals(FailureReason.SERVER_ERROR, e.reason());
        assertEquals(4, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(188), Duration.ofMillis(375), Duration.ofMillis(750)), sleeper.waits);
    }

    @Test
    void retryAfterIsWaitedOutBeforeTheNextTry() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
                .body("{\"code\":8,\"message\":\"rate limit exceeded\"}").build());
        server.enqueue(json(200, CONFIG));
        service.getBackupSettings("c-1");
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRetryAfterLongerThanTheBoundGoesToTheUserWithTheWait() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120")
                .body("{\"code\":8,\"message\":\"rate limit exceeded\"}").build());
        BackendException e = assertThrows(BackendException.class, () -> service.getBackupSettings("c-1"));
        assertEquals(FailureReason.RATE_LIMITED, e.reason());
        assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
        assertTrue(e.getMessage().contains("asked to wait 120 s"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aFailedRestoreRequestIsNeverSentAgain() {
        assertSentOnceDespiteAServerError(() -> service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1")));
    }

    @Test
    void aRestoreWhoseAnswerIsLostIsNotSentAgainAndTheUserIsToldItMayHaveStarted() {
        assertSentOnceDespiteALostAnswer(() -> service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1")));
    }

    @Test
    void aSettingsChangeIsNotRetriedEither() {
        server.enqueue(json(503, "{\"code\":14,\"message\":\"unavailable\"}"));
        assertThrows(BackendException.class, () -> service.updateBackupSettings("c-1",
                BackupSettingsUpdate.of(new BackupSettings(true, 30, 30))));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aFailedDatabaseDropIsNeverSentAgain() {
        assertSentOnceDespiteAServerError(() -> service.deleteDatabase("c-1", "orders"));
    }

    @Test
    void aDropWhoseAnswerIsLostIsNotSentAgainAndTheUserIsToldItMayHaveBeenMade() {
        assertSentOnceDespiteALostAnswer(() -> service.deleteDatabase("c-1", "orders"));
    }

    @Test
    void aDropIsOneBodilessDeleteOfThePercentEncodedName() throws Exception {
        server.enqueue(json(200, "{\"name\":\"a/b c%\",\"table_count\":\"2\"}"));
        service.deleteDatabase("c-1", "a/b c%");
        RecordedRequest request = server.takeRequest();
        assertEquals("DELETE", request.getMethod());
        assertEquals("/api/v1/clusters/c-1/databases/a%2Fb%20c%25", request.getUrl().encodedPath());
        assertEquals(0, request.getBody().size());
        assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
    }

    @Test
    void aDropAnsweredWithAnEmptyBodyHasSucceeded() {
        server.enqueue(json(200, ""));
        service.deleteDatabase("c-1", "orders");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void namesNoPathCanCarryAreRefusedBeforeAnythingIsSent() {
        for (String name : List.of("", ".", "..")) {
            assertEquals(FailureReason.INVALID_ARGUMENT, failureOf(() -> service.deleteDatabase("c-1", name)).reason());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void databaseListsAreRetriedFollowedToTheLastPageAndSortedByName() throws Exception {
        server.enqueue(json(503, "{\"code\":14,\"message\":\"unavailable\"}"));
        server.enqueue(json(200, "{\"databases\":[{\"name\":\"orders\",\"table_count\":\"4\"}],"
                + "\"pagination\":{\"next_page\":\"token-2\"}}"));
        server.enqueue(json(200, "{\"databases\":[{\"name\":\"defaultdb\"}],\"pagination\":null}"));
        assertEquals(List.of(new DatabaseSummary("defaultdb", 0), new DatabaseSummary("orders", 4)),
                service.listDatabases("c-1"));
        assertEquals(1, sleeper.waits.size());
        assertEquals("/api/v1/clusters/c-1/databases", server.takeRequest().getUrl().encodedPath());
        assertEquals(null, server.takeRequest().getUrl().queryParameter("pagination.page"));
        assertEquals("token-2", server.takeRequest().getUrl().queryParameter("pagination.page"));
    }

    @Test
    void aTableCountOutOfRangeIsReportedWithItsField() {
        server.enqueue(json(200, "{\"databases\":[{\"name\":\"huge\",\"table_count\":\"9999999999\"}]}"));
        BackendException e = failureOf(() -> service.listDatabases("c-1"));
        assertEquals(FailureReason.SERVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("at $.table_count: expected a count from 0 to 2147483647, found 9999999999."),
                e.getMessage());
    }

    @Test
    void aCreateAnswerMissingRequiredFieldsIsCompletedFromTheNextRead() throws Exception {
        server.enqueue(json(200, "{\"id\":\"r-1\",\"backup_id\":\"b-1\",\"status\":\"PENDING\","
                + "\"created_at\":\"2025-07-25T16:45:14.064208710Z\",\"type\":\"CLUSTER\",\"completion_percent\":0}"));
        server.enqueue(json(200, "{\"id\":\"r-1\",\"backup_id\":\"b-1\",\"status\":\"PENDING\","
                + "\"created_at\":\"2025-07-25T16:45:14.064208710Z\",\"type\":\"CLUSTER\",\"completion_percent\":0.1,"
                + "\"source_cluster_name\":\"payments\",\"destination_cluster_name\":\"payments\","
                + "\"backup_end_time\":\"2025-07-25T15:45:00Z\"}"));
        Restore restore = service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1"));
        assertEquals("r-1", restore.id());
        assertEquals(RestoreStatus.PENDING, restore.status());
        assertEquals("payments", restore.sourceClusterName());
        assertEquals(Instant.parse("2025-07-25T15:45:00Z"), restore.backupEndTime());
        assertEquals(Instant.parse("2025-07-25T16:45:14.064208710Z"), restore.createdAt());
        assertEquals(0.0, restore.completion(), "the create answer's own values win");
        assertEquals("POST", server.takeRequest().getMethod());
        assertEquals("GET", server.takeRequest().getMethod());
    }

    @Test
    void aStartedRestoreIsReportedEvenWhenItCannotBeReadBack() {
        server.enqueue(json(200, "{\"id\":\"r-1\",\"backup_id\":\"b-1\",\"status\":\"PENDING\","
                + "\"created_at\":\"2025-07-25T16:45:14Z\",\"type\":\"CLUSTER\",\"completion_percent\":1}"));
        server.enqueue(json(404, "{\"code\":5,\"message\":\"not found\"}"));
        Restore restore = service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1"));
        assertEquals("r-1", restore.id());
        assertEquals("", restore.sourceClusterName());
    }

    @Test
    void listsAreFollowedToTheLastPage() throws Exception {
        server.enqueue(json(200, CONFIG));
        server.enqueue(json(200, "{\"backups\":[{\"id\":\"b-2\",\"as_of_time\":\"2025-07-25T15:45:00Z\"}],"
                + "\"pagination\":{\"next_page\":\"token-2\"}}"));
        server.enqueue(json(200, ONE_BACKUP));
        List<Backup> backups = service.listBackups("c-1", TimeRange.ALL);
        assertEquals(List.of("b-2", "b-1"), backups.stream().map(Backup::id).toList());
        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        assertEquals("DESC", first.getUrl().queryParameter("pagination.sort_order"));
        assertEquals(null, first.getUrl().queryParameter("pagination.page"));
        assertEquals("token-2", server.takeRequest().getUrl().queryParameter("pagination.page"));
    }

    @Test
    void backupsHaveNoStatusOrTypeAndAnExpiryEstimatedFromTheRetention() {
        server.enqueue(json(200, CONFIG));
        server.enqueue(json(200, ONE_BACKUP.replace("{\"id\"", "{\"size_bytes\":\"123\",\"id\"")));
        Backup backup = service.listBackups("c-1", TimeRange.ALL).get(0);
        assertEquals(Instant.parse("2025-07-25T14:52:05.637170Z"), backup.asOfTime());
        assertEquals(Optional.empty(), backup.status());
        assertEquals(Optional.empty(), backup.type());
        assertTrue(backup.expiryEstimated());
        assertEquals(Instant.parse("2025-08-24T14:52:05.637170Z"), backup.expiresAt());
    }

    @Test
    void aHalfOpenTimeRangeIsSentWithBothBounds() throws Exception {
        server.enqueue(json(200, CONFIG));
        server.enqueue(json(200, ONE_BACKUP));
        service.listBackups("c-1", new TimeRange(java.util.Optional.of(Instant.parse("2025-07-25T00:00:00Z")),
                java.util.Optional.empty()));
        server.takeRequest();
        RecordedRequest list = server.takeRequest();
        assertEquals("2025-07-25T00:00:00Z", list.getUrl().queryParameter("start_time"));
        assertEquals("9999-12-31T23:59:59Z", list.getUrl().queryParameter("end_time"));
    }

    @Test
    void errorsBecomeTypedFailuresWithTheServiceMessage() {
        server.enqueue(json(400, "{\"code\":3,\"message\":\"frequency_minutes must be one of [5, 10]\",\"details\":[]}"));
        server.enqueue(json(401, "{\"code\":16,\"message\":\"unauthenticated\"}"));
        server.enqueue(json(403, "{\"code\":7,\"message\":\"permission denied\"}"));
        server.enqueue(json(404, "{\"code\":5,\"message\":\"Cluster c-9 was not found.\"}"));
        server.enqueue(json(400, "{\"code\":9,\"message\":\"A restore is already running\"}"));
        BackupSettingsUpdate update = BackupSettingsUpdate.of(new BackupSettings(true, 7, 30));

        BackendException invalid = assertThrows(BackendException.class, () -> service.updateBackupSettings("c-1", update));
        assertEquals(FailureReason.INVALID_ARGUMENT, invalid.reason());
        assertEquals("frequency_minutes must be one of [5, 10].", invalid.getMessage());
        assertEquals(FailureReason.UNAUTHENTICATED, failureOf(() -> service.getCluster("c-1")).reason());
        BackendException denied = failureOf(() -> service.getCluster("c-1"));
        assertEquals(FailureReason.PERMISSION_DENIED, denied.reason());
        assertTrue(denied.getMessage().endsWith("The service said: permission denied."), denied.getMessage());
        BackendException missing = failureOf(() -> service.getCluster("c-9"));
        assertEquals(FailureReason.NOT_FOUND, missing.reason());
        assertEquals("Cluster c-9 was not found.", missing.getMessage());
        assertEquals(FailureReason.FAILED_PRECONDITION,
                failureOf(() -> service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1"))).reason());
        assertEquals(5, server.getRequestCount(), "client errors are not retried");
    }

    @Test
    void unknownFieldsAndInt64StringsAreRead() {
        server.enqueue(json(200, "{\"clusters\":[{\"id\":\"c-1\",\"name\":\"payments\",\"plan\":\"STANDARD\","
                + "\"state\":\"CREATED\",\"cloud_provider\":\"GCP\",\"regions\":[{\"name\":\"us-east1\",\"node_count\":0}],"
                + "\"config\":{\"serverless\":{\"usage_limits\":{\"provisioned_virtual_cpus\":\"9223372036854775807\"}}},"
                + "\"created_at\":\"2022-03-22T20:23:11.285067Z\",\"brand_new_field\":{\"x\":1}}]}"));
        var cluster = service.listClusters().get(0);
        assertEquals("payments", cluster.name());
        assertEquals(List.of("us-east1"), cluster.regions());
        assertTrue(cluster.backupRegion().isEmpty());
    }

    @Test
    void anUnknownEnumValueIsReportedWithItsField() {
        server.enqueue(json(200, "{\"id\":\"c-1\",\"name\":\"x\",\"plan\":\"ENTERPRISE\",\"state\":\"CREATED\","
                + "\"cloud_provider\":\"GCP\"}"));
        BackendException e = failureOf(() -> service.getCluster("c-1"));
        assertEquals(FailureReason.SERVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("at $.plan: expected one of [BASIC, STANDARD, ADVANCED], found \"ENTERPRISE\"."),
                e.getMessage());
    }

    @Test
    void cancellingEndsACallInFlight() throws Exception {
        service.close();
        service = serviceWith(new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(30),
                RetryPolicy.DEFAULT));
        server.enqueue(new MockResponse.Builder().code(200).body(CONFIG).headersDelay(10, TimeUnit.SECONDS).build());
        CompletableFuture<BackendException> outcome = CompletableFuture.supplyAsync(
                () -> failureOf(() -> service.getBackupSettings("c-1")));
        server.takeRequest(5, TimeUnit.SECONDS);
        Thread.sleep(100);
        service.cancelAll();
        BackendException e = outcome.get(5, TimeUnit.SECONDS);
        assertEquals("The request was cancelled.", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    /** A change that meets a 500 fails at once, with no wait and no second request, though the next would succeed. */
    private void assertSentOnceDespiteAServerError(Runnable change) {
        server.enqueue(json(500, "{\"code\":13,\"message\":\"internal error\"}"));
        server.enqueue(json(200, "{}"));
        assertEquals(FailureReason.SERVER_ERROR, failureOf(change).reason());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.waits.isEmpty());
    }

    /** A change whose connection drops before the answer is not sent again, and the user hears it may be made. */
    private void assertSentOnceDespiteALostAnswer(Runnable change) {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, "{}"));
        BackendException e = failureOf(change);
        assertEquals(FailureReason.NETWORK, e.reason());
        assertTrue(e.getMessage().contains("may have been made"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    private static BackendException failureOf(Runnable call) {
        return assertThrows(BackendException.class, call::run);
    }
}
