package org.backupconsole.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;

/** How the live client pages backups: the newest page first, a day in one request, and never for ever. */
class LiveBackupPagingTest {

    private static final String CONFIG = "{\"enabled\":true,\"frequency_minutes\":5,\"retention_days\":365}";
    private static final Instant LAST = Instant.parse("2025-07-25T15:45:00Z");
    private static final int MAX_PAGES = 40;

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger backupPages = new AtomicInteger();
    private LiveBackupService service;

    @BeforeEach
    void start() throws Exception {
        server.start();
        CloudApiClient client = new CloudApiClient(ApiUrl.parse(server.url("/").toString()),
                SecretKey.of("CCDB1_pagingTestKey0123456789"), ClientSettings.DEFAULT, InstantSource.system(),
                wait -> { }, () -> 0.5);
        service = new LiveBackupService(client, InstantSource.fixed(LAST.plusSeconds(60)), MAX_PAGES);
    }

    @AfterEach
    void stop() {
        service.close();
        server.close();
    }

    /** Answers every page of backups with one backup, older each time, and the token the next page needs. */
    private void serveBackupPages(IntFunction<String> nextPage) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/backups-config")) {
                    return json(CONFIG);
                }
                int page = backupPages.incrementAndGet();
                return json("{\"backups\":[{\"id\":\"b-" + page + "\",\"as_of_time\":\""
                        + LAST.minus(Duration.ofMinutes(5L * page)) + "\"}],"
                        + "\"pagination\":{\"next_page\":\"" + nextPage.apply(page) + "\"}}");
            }
        });
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private BackendException failureOf(Runnable call) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(BackendException.class, call::run));
    }

    @Test
    void aServiceThatHandsOutPagesForEverIsStoppedWithAClearFailure() {
        serveBackupPages(page -> "token-" + page);
        BackendException failure = failureOf(() -> service.listBackups("c-1", TimeRange.ALL));
        assertEquals(FailureReason.SERVER_ERROR, failure.reason());
        assertEquals(MAX_PAGES, backupPages.get());
        assertTrue(failure.getMessage().contains("still had more pages of the backups of cluster c-1 after 40 pages "
                + "of 500; the listing was stopped there"), failure.getMessage());
    }

    @Test
    void aPageTokenHandedOutAgainStopsTheListingAtOnce() {
        serveBackupPages(page -> page <= 2 ? "token-" + page : "token-1");
        BackendException failure = failureOf(() -> service.listBackups("c-1", TimeRange.ALL));
        assertEquals(FailureReason.SERVER_ERROR, failure.reason());
        assertEquals(3, backupPages.get());
        assertTrue(failure.getMessage().contains("handed out a page token of the backups of cluster c-1 that it had "
                + "handed out before, after 3 pages"), failure.getMessage());
    }

    @Test
    void theNewestPageIsOneRequestForTheNewestBackups() throws Exception {
        serveBackupPages(page -> "token-" + page);
        List<Backup> newest = service.listBackups("c-1", TimeRange.ALL, TimeOrder.NEWEST_FIRST, 1);
        assertEquals(List.of("b-1"), newest.stream().map(Backup::id).toList());
        assertEquals(1, backupPages.get(), "no further page is asked for once the limit is reached");
        server.takeRequest();
        RecordedRequest request = server.takeRequest();
        assertEquals("DESC", request.getUrl().queryParameter("pagination.sort_order"));
        assertEquals("1", request.getUrl().queryParameter("pagination.limit"));
    }

    @Test
    void aCalendarDayIsAskedForWithItsStartAndEnd() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().endsWith("/backups-config") ? json(CONFIG)
                        : json("{\"backups\":[{\"id\":\"b-1\",\"as_of_time\":\"" + LAST + "\"}]}");
            }
        });
        TimeRange day = TimeRange.between(Instant.parse("2025-07-25T00:00:00Z"), Instant.parse("2025-07-26T00:00:00Z"));
        assertEquals(1, service.listBackups("c-1", day, TimeOrder.NEWEST_FIRST, 500).size());
        server.takeRequest();
        RecordedRequest request = server.takeRequest();
        assertEquals("2025-07-25T00:00:00Z", request.getUrl().queryParameter("start_time"));
        assertEquals("2025-07-26T00:00:00Z", request.getUrl().queryParameter("end_time"));
        assertEquals("500", request.getUrl().queryParameter("pagination.limit"));
        assertEquals(2, server.getRequestCount(), "the settings, then one page");
    }
}
