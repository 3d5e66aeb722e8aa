package org.backupconsole.server;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.Sentences;
import org.backupconsole.engine.Simulation;
import org.backupconsole.server.http.HttpHandler;
import org.backupconsole.server.http.HttpRefusal;
import org.backupconsole.server.http.HttpRequest;
import org.backupconsole.server.http.HttpResponse;
import org.backupconsole.wire.GrpcCode;
import org.backupconsole.wire.StatusJson;
import org.backupconsole.wire.WireJson;

/**
 * Every request passes the same gates in the order the service applies them: a well-formed target, the API
 * version, the secret key, the rate limit, injected faults, and then the operation on the simulation as the
 * key's holder, whose failures become error bodies. The gates before the operation take no lock of the
 * engine, so that refusing a flood of bad or excess requests never waits for, or holds up, the engine.
 */
final class ApiHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
    private static final String BEARER = "Bearer ";

    private final Simulation simulation;
    private final Endpoints endpoints;
    private final SimControl control;
    private final RateLimiter rateLimiter;
    private final RequestFaults faults;
    private final Runnable afterChange;

    ApiHandler(Simulation simulation, RateLimiter rateLimiter, RequestFaults faults, Runnable afterChange) {
        this.simulation = simulation;
        this.afterChange = afterChange;
        this.endpoints = new Endpoints(simulation);
        this.control = new SimControl(simulation, faults);
        this.rateLimiter = rateLimiter;
        this.faults = faults;
    }

    @Override
    public HttpResponse handle(HttpRequest http) {
        try {
            ApiExchange request = new ApiExchange(http);
            Object answer = answer(request);
            if (!request.method().equals("GET")) {
                afterChange.run();
            }
            return json(200, answer, Map.of());
        } catch (ApiError e) {
            return error(e);
        } catch (BackendException e) {
            return error(ApiError.from(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(new ApiError(GrpcCode.UNAVAILABLE, "The server is stopping."));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "internal error in " + http.method() + " " + http.target(), e);
            return error(new ApiError(GrpcCode.INTERNAL, "Internal error: the server's log says more."));
        }
    }

    /**
     * The transport's refusals in the official error body: a body over the cap is out of resources, as gRPC
     * says of a message over its limit.
     */
    @Override
    public HttpResponse refuse(HttpRefusal refusal) {
        GrpcCode code = switch (refusal.status()) {
            case 413 -> GrpcCode.RESOURCE_EXHAUSTED;
            case 501 -> GrpcCode.UNIMPLEMENTED;
            case 503 -> GrpcCode.UNAVAILABLE;
            default -> GrpcCode.INVALID_ARGUMENT;
        };
        return error(new ApiError(code, Sentences.end(refusal.getMessage()), Optional.empty(), refusal.status()));
    }

    private Object answer(ApiExchange request) throws InterruptedException {
        Optional<String> version = request.header(WireJson.VERSION_HEADER);
        if (version.isPresent() && !version.get().equals(WireJson.API_VERSION)) {
            throw ApiError.invalid("invalid Cc-Version.");
        }
        String key = secretKey(request)
                .orElseThrow(() -> new ApiError(GrpcCode.UNAUTHENTICATED, "The Authorization header is "
                        + "missing or malformed; send Authorization: Bearer <secret key>."));
        String caller = simulation.keyHolder(key)
                .orElseThrow(() -> new ApiError(GrpcCode.UNAUTHENTICATED, "The secret key is not valid."));
        Optional<Duration> wait = rateLimiter.acquire(key);
        if (wait.isPresent()) {
            throw new ApiError(GrpcCode.RESOURCE_EXHAUSTED, "rate limit exceeded.", wait, 429);
        }
        if (request.path().startsWith(SimControl.PREFIX)) {
            if (!isAdminKey(key)) {
                throw new ApiError(GrpcCode.PERMISSION_DENIED, "Only the admin key may use the simulator controls.");
            }
            return control.answer(request);
        }
        Operation.Match match = Operation.route(request.method(), request.rawPath())
                .orElseThrow(() -> Operation.pathExists(request.rawPath())
                        ? new ApiError(GrpcCode.UNIMPLEMENTED, "The method " + request.method() + " is not allowed on "
                                + request.path() + ".", Optional.empty(), 405)
                        : new ApiError(GrpcCode.NOT_FOUND, "There is no endpoint at " + request.path() + "."));
        faults.apply(match.operation());
        return endpoints.answer(match, request, simulation.serviceFor(caller));
    }

    private boolean isAdminKey(String key) {
        return MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                simulation.adminKey().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> secretKey(ApiExchange request) {
        return request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(key -> !key.isEmpty());
    }

    private static HttpResponse error(ApiError error) {
        Map<String, String> headers = error.retryAfter()
                .map(wait -> Map.of("Retry-After", Long.toString(wait.toSeconds()))).orElse(Map.of());
        return json(error.httpStatus(), StatusJson.of(error.code(), error.getMessage()), headers);
    }

    private static HttpResponse json(int status, Object body, Map<String, String> headers) {
        byte[] bytes;
        try {
            bytes = WireJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer always renders as JSON", e);
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new HttpResponse(status, all, bytes);
    }
}
