package org.backupconsole.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.backupconsole.backend.BackendException;
import org.backupconsole.engine.Principal;
import org.backupconsole.engine.Simulation;
import org.backupconsole.wire.GrpcCode;
import org.backupconsole.wire.WireJson;

/**
 * Every request passes the same gates in the order the service applies them: the API version, the secret
 * key, the rate limit, injected faults, and then the operation on the simulation as the key's holder,
 * whose failures become error bodies.
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
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiExchange request = new ApiExchange(exchange);
            try {
                Object answer = answer(request);
                if (!request.method().equals("GET")) {
                    afterChange.run();
                }
                request.respond(200, answer);
            } catch (ApiError e) {
                request.respondError(e);
            } catch (BackendException e) {
                request.respondError(ApiError.from(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                request.respondError(new ApiError(GrpcCode.UNAVAILABLE, "The server is stopping."));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "internal error in " + request.method() + " " + request.path(), e);
                request.respondError(new ApiError(GrpcCode.INTERNAL, "Internal error: the server's log says more."));
            }
        }
    }

    private Object answer(ApiExchange request) throws InterruptedException {
        Optional<String> version = request.header(WireJson.VERSION_HEADER);
        if (version.isPresent() && !version.get().equals(WireJson.API_VERSION)) {
            throw ApiError.invalid("invalid Cc-Version.");
        }
        String key = secretKey(request)
                .orElseThrow(() -> new ApiError(GrpcCode.UNAUTHENTICATED, "The Authorization header is "
                        + "missing or malformed; send Authorization: Bearer <secret key>."));
        Principal caller = simulation.authenticate(key)
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
}
