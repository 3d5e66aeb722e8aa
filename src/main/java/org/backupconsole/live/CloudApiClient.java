package org.backupconsole.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.RetryPolicy;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.wire.WireJson;

/**
 * The HTTP side of the live adapter: one request, its headers, its retries and its failures.
 *
 * <p>GETs are retried on network failures, 429 and 5xx with the {@link RetryPolicy}; a POST, PATCH or DELETE is
 * sent exactly once, because repeating a restore would start a second one. {@link #cancelAll()} ends every call in
 * flight and every wait between retries.
 */
public final class CloudApiClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final ApiUrl baseUrl;
    private final SecretKey key;
    private final ClientSettings settings;
    private final OkHttpClient http;
    private final ApiFailures failures;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final AtomicLong cancellations = new AtomicLong();
    private volatile ClientActivity activity = ClientActivity.NONE;

    /** How the client waits between retries; tests record the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public CloudApiClient(ApiUrl baseUrl, SecretKey key, ClientSettings settings) {
        this(baseUrl, key, settings, InstantSource.system(), d -> Thread.sleep(d.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    CloudApiClient(ApiUrl baseUrl, SecretKey key, ClientSettings settings, InstantSource clock, Sleeper sleeper,
                   DoubleSupplier jitter) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.failures = new ApiFailures(key, baseUrl.host());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .socketFactory(new NoDelaySockets())
                .addNetworkInterceptor(new RequestLog())
                .build();
    }

    public ApiUrl baseUrl() {
        return baseUrl;
    }

    /** Tells the listener of each retry and of the end of a retried call. */
    public void reportActivityTo(ClientActivity listener) {
        this.activity = Objects.requireNonNull(listener, "listener");
    }

    /** A read: retried on transient failures. */
    public <T> T get(String path, Map<String, String> query, Class<T> type) {
        HttpUrl.Builder url = baseUrl.resolve(path);
        query.forEach(url::addQueryParameter);
        Request request = request(url.build()).get().build();
        return execute(request, true, body -> parse(body, type))
                .orElseThrow(failures::emptyAnswer);
    }

    /** A change, sent once; empty when the service answered 200 without a body. */
    public <T> Optional<T> send(String method, String path, Object body, Class<T> type) {
        RequestBody content = RequestBody.create(json(body), JSON);
        Request request = request(baseUrl.resolve(path).build()).method(method, content).build();
        return execute(request, false, answer -> parse(answer, type));
    }

    /** A deletion, sent once. Its answer describes what was deleted, which callers do not need, so it is not read. */
    public void delete(String path) {
        Request request = request(baseUrl.resolve(path).build()).delete().build();
        execute(request, false, answer -> Optional.empty());
    }

    /** Ends every call in flight; they fail with a "cancelled" network failure. Later calls work as usual. */
    public void cancelAll() {
        cancellations.incrementAndGet();
        http.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", key.bearer())
                .header(WireJson.VERSION_HEADER, WireJson.API_VERSION)
                .header("Accept", "application/json")
                .header("User-Agent", "backup-console");
    }

    private <T> Optional<T> execute(Request request, boolean retryable, Function<byte[], Optional<T>> reader) {
        Retries retries = new Retries();
        try {
            return execute(request, retryable, reader, retries);
        } finally {
            if (retries.any) {
                activity.settled();
            }
        }
    }

    /** Whether a call has been retried, so that its end is reported. */
    private static final class Retries {
        private boolean any;
    }

    private <T> Optional<T> execute(Request request, boolean retryable, Function<byte[], Optional<T>> reader,
                                    Retries retries) {
        long generation = cancellations.get();
        for (int attempt = 1; ; attempt++) {
            BackendException failure;
            Optional<Duration> retryAfter = Optional.empty();
            Call call = http.newCall(request);
            if (cancellations.get() != generation) {
                throw ApiFailures.cancelled();
            }
            try (Response response = call.execute()) {
                byte[] body = readBody(response.body());
                if (response.isSuccessful()) {
                    return reader.apply(body);
                }
                // An error body is only shown, so a lenient decoding is fine there; answers are read strictly.
                failure = failures.http(response.code(), new String(body, StandardCharsets.UTF_8),
                        response.header("Retry-After"), clock.instant());
                retryAfter = failure.retryAfter();
                if (!ApiFailures.isTransient(response.code())) {
                    throw failure;
                }
            } catch (IOException e) {
                if (call.isCanceled() || cancellations.get() != generation) {
                    throw ApiFailures.cancelled();
                }
                failure = failures.network(e, !retryable);
            }
            Optional<Duration> delay = retryable
                    ? settings.retry().delayAfter(attempt, retryAfter, jitter) : Optional.empty();
            if (delay.isEmpty()) {
                throw failure;
            }
            retries.any = true;
            activity.retrying(attempt + 1, settings.retry().maxAttempts(), delay.get(), failure.reason());
            pause(delay.get(), generation);
        }
    }

    private void pause(Duration delay, long generation) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiFailures.cancelled();
        }
        if (cancellations.get() != generation) {
            throw ApiFailures.cancelled();
        }
    }

    private static byte[] readBody(ResponseBody body) throws IOException {
        return body == null ? new byte[0] : body.bytes();
    }

    /** The answer read strictly; JSON that is not the answer's shape is refused, with its place. */
    private <T> Optional<T> parse(byte[] body, Class<T> type) {
        if (new String(body, StandardCharsets.US_ASCII).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireJson.read(body, type));
        } catch (JsonRefusal e) {
            throw unreadable(e);
        }
    }

    /** A response whose JSON, or what it maps to, is not what the API sends: a server error with the place. */
    public BackendException unreadable(JsonRefusal refusal) {
        return failures.unreadable(refusal);
    }

    private static String json(Object body) {
        try {
            return WireJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
    }
}
