package org.backupconsole.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.RetryPolicy;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.RestoreRequest;

/** The secret key appears in no log record, no error message and no string form, whatever goes wrong. */
class SecretKeySafetyTest {

    private static final String KEY = "CCDB1_mustNeverLeak_9f8e7d6c5b4a";

    private final MockWebServer server = new MockWebServer();
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogRecord() throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        server.start();
    }

    @AfterEach
    void restore() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        server.close();
    }

    @Test
    void noLogRecordOrErrorEverContainsTheKey() {
        LiveBackupService service = new LiveBackupService(new CloudApiClient(ApiUrl.parse(server.url("/").toString()),
                SecretKey.of(KEY), new ClientSettings(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1))),
                InstantSource.system(), d -> { }, () -> 0), InstantSource.fixed(Instant.EPOCH));
        String echo = "{\"code\":3,\"message\":\"bad key " + KEY + " in Authorization: Bearer " + KEY + "\"}";
        server.enqueue(json(401, "{\"code\":16,\"message\":\"key " + KEY + " is unknown\"}"));
        server.enqueue(json(400, echo));
        server.enqueue(json(403, echo));
        server.enqueue(json(500, echo));
        server.enqueue(json(500, echo));
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, "{\"id\":\"" + KEY + "\",\"plan\":\"" + KEY + "\"}"));
        server.enqueue(json(429, echo));
        server.enqueue(json(429, echo));

        List<BackendException> failures = new ArrayList<>();
        failures.add(assertThrows(BackendException.class, () -> service.getCluster("c-1")));
        failures.add(assertThrows(BackendException.class, () -> service.updateBackupSettings("c-1",
                BackupSettingsUpdate.of(new BackupSettings(true, 60, 30)))));
        failures.add(assertThrows(BackendException.class, () -> service.getRestore("c-1", "r-1")));
        failures.add(assertThrows(BackendException.class, () -> service.getBackupSettings("c-1")));
        failures.add(assertThrows(BackendException.class,
                () -> service.createRestore(RestoreRequest.cluster("c-1", "c-1", "b-1"))));
        failures.add(assertThrows(BackendException.class, () -> service.getCluster("c-1")));
        failures.add(assertThrows(BackendException.class, () -> service.getCluster("c-1")));

        assertEquals(9, server.getRequestCount());
        for (BackendException failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertFalse(trace.toString().contains(KEY), trace.toString());
            assertFalse(failure.userMessage().contains(KEY), failure.userMessage());
        }
        assertTrue(failures.get(1).getMessage().contains("[secret key]"), failures.get(1).getMessage());
        SimpleFormatter formatter = new SimpleFormatter();
        synchronized (records) {
            assertFalse(records.isEmpty(), "the client logs its requests");
            for (LogRecord record : records) {
                String line = formatter.format(record);
                assertFalse(line.contains(KEY), line);
            }
        }
        service.close();
    }

    @Test
    void theKeyHasNoStringForm() {
        SecretKey key = SecretKey.of(KEY);
        assertFalse(key.toString().contains(KEY));
        assertFalse(String.valueOf(SecretKey.fromEnvironment(Map.of(SecretKey.ENVIRONMENT_VARIABLE, KEY))).contains(KEY));
    }

    @Test
    void theKeyIsReadFromTheEnvironment() {
        assertTrue(SecretKey.fromEnvironment(Map.of(SecretKey.ENVIRONMENT_VARIABLE, " " + KEY + "\n")).orElseThrow()
                .matches(KEY));
        assertTrue(SecretKey.fromEnvironment(Map.of(SecretKey.ENVIRONMENT_VARIABLE, "  ")).isEmpty());
        assertTrue(SecretKey.fromEnvironment(Map.of()).isEmpty());
    }

    @Test
    void aKeyThatCannotTravelInAHeaderIsRefusedWithoutBeingRepeated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretKey.of("abc\r\nX-Evil: 1"));
        assertFalse(e.getMessage().contains("abc"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SecretKey.of("   "));
    }

    @Test
    void plainHttpIsRefusedExceptToLoopbackSayingWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiUrl.parse("http://cockroachlabs.cloud"));
        assertTrue(e.getMessage().contains("the secret key would cross the network unencrypted"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("http://192.168.1.10:8080"));
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("http://localhost.example.com"));
        assertEquals("http://127.0.0.1:8080/", ApiUrl.parse("http://127.0.0.1:8080").toString());
        assertEquals("http://localhost:8080/", ApiUrl.parse("http://localhost:8080/").toString());
        assertEquals("http://[::1]:8080/", ApiUrl.parse("http://[::1]:8080").toString());
        assertEquals("https://cockroachlabs.cloud/", ApiUrl.parse("https://cockroachlabs.cloud").toString());
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("ftp://example.com"));
        assertThrows(IllegalArgumentException.class, () -> ApiUrl.parse("https://user:pw@example.com"));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
