package org.backupconsole.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Catalog;
import org.backupconsole.engine.Durations;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.json.JsonWords;
import org.backupconsole.wire.GrpcCode;

/**
 * The simulator's control endpoints under {@code /_sim/}: its clock, the data of its clusters, faults in the
 * HTTP answers and failing backup or restore jobs. Only the admin key may call them; their bodies use the same
 * JSON conventions as the API.
 */
final class SimControl {

    static final String PREFIX = "/_sim/";

    record ClockJson(Instant now, Double speed, Boolean paused) {
    }

    record AdvanceJson(String duration) {
    }

    record FaultRuleJson(String operation, Long latencyMs, Integer status, Double rate) {
    }

    record FaultRulesJson(List<FaultRuleJson> rules) {
    }

    /** A rule of the engine that makes backup runs or restore jobs fail. */
    record JobFaultJson(String id, String target, String clusterId, Integer times, Double probability,
                        Integer errorCode, String errorMessage) {
    }

    record JobFaultsJson(List<JobFaultJson> rules) {
    }

    private final Simulation simulation;
    private final RequestFaults faults;

    SimControl(Simulation simulation, RequestFaults faults) {
        this.simulation = simulation;
        this.faults = faults;
    }

    /** The answer to a control request; throws {@link ApiError} for unknown paths and bad bodies. */
    Object answer(ApiExchange request) {
        String[] path = request.path().substring(PREFIX.length()).split("/", -1);
        String method = request.method();
        if (path.length == 3 && path[0].equals("clusters") && path[2].equals("data")) {
            return clusterData(method, path[1], request);
        }
        if (path.length == 2 && path[0].equals("job-faults") && method.equals("DELETE")) {
            simulation.removeFaultRule(path[1]);
            return jobFaultsJson();
        }
        String route = method + " " + request.path();
        return switch (route) {
            case "GET /_sim/clock" -> clockJson();
            case "PUT /_sim/clock" -> updateClock(request.body(ClockJson.class));
            case "POST /_sim/clock/advance" -> advance(request.body(AdvanceJson.class));
            case "GET /_sim/faults" -> faultsJson();
            case "POST /_sim/faults" -> addFault(request.body(FaultRuleJson.class));
            case "DELETE /_sim/faults" -> {
                faults.clear();
                yield faultsJson();
            }
            case "GET /_sim/job-faults" -> jobFaultsJson();
            case "POST /_sim/job-faults" -> addJobFault(request.body(JobFaultJson.class));
            default -> throw new ApiError(GrpcCode.NOT_FOUND, "There is no simulator control at " + route
                    + "; see docs/LOCAL_API.md for the endpoints under /_sim/.");
        };
    }

    private ClockJson clockJson() {
        VirtualClock clock = simulation.clock();
        return new ClockJson(clock.now(), clock.speed(), clock.isPaused());
    }

    private ClockJson updateClock(ClockJson update) {
        if (update.speed() != null && !VirtualClock.isSpeed(update.speed())) {
            throw ApiError.badBody("$.speed", "expected " + VirtualClock.SPEEDS + ", found " + update.speed() + ".");
        }
        VirtualClock clock = simulation.clock();
        if (update.speed() != null) {
            clock.setSpeed(update.speed());
        }
        if (Boolean.TRUE.equals(update.paused())) {
            clock.pause();
        } else if (Boolean.FALSE.equals(update.paused())) {
            clock.resume();
        }
        return clockJson();
    }

    /** Moves the clock forward; a negative, malformed or overlong duration is refused and moves nothing. */
    private ClockJson advance(AdvanceJson body) {
        String text = body.duration();
        Duration duration = Optional.ofNullable(text).flatMap(Durations::parse)
                .orElseThrow(() -> ApiError.badBody("$.duration", "expected " + Durations.EXPECTED + ", found "
                        + JsonWords.found(text) + "."));
        simulation.clock().advance(duration);
        return clockJson();
    }

    private Object clusterData(String method, String clusterId, ApiExchange request) {
        Catalog catalog = switch (method) {
            case "GET" -> simulation.catalog(clusterId);
            case "PUT" -> simulation.replaceCatalog(clusterId, CatalogJson.toDomain(request.body(CatalogJson.class)));
            case "DELETE" -> simulation.wipe(clusterId);
            default -> throw new ApiError(GrpcCode.UNIMPLEMENTED, "The method " + method + " is not allowed on "
                    + request.path() + "; use GET, PUT or DELETE.", Optional.empty(), 405);
        };
        return CatalogJson.toWire(catalog);
    }

    private RequestFaults.Rule toRule(FaultRuleJson body) {
        if (body.operation() == null) {
            throw ApiError.badBody("$.operation", "expected * or an operation name such as ListBackups, found nothing.");
        }
        return new RequestFaults.Rule(body.operation(), body.latencyMs() == null ? 0 : body.latencyMs(),
                body.status() == null ? 0 : body.status(), body.rate() == null ? 1 : body.rate());
    }

    private FaultRulesJson addFault(FaultRuleJson body) {
        faults.add(toRule(body));
        return faultsJson();
    }

    private FaultRulesJson faultsJson() {
        return new FaultRulesJson(faults.rules().stream()
                .map(r -> new FaultRuleJson(r.operation(), r.latencyMs(), r.status(), r.rate()))
                .toList());
    }

    private JobFaultsJson addJobFault(JobFaultJson body) {
        if (body.target() == null || !List.of("BACKUP", "RESTORE").contains(body.target())) {
            throw ApiError.badBody("$.target", "expected one of [BACKUP, RESTORE], found "
                    + JsonWords.found(body.target()) + ".");
        }
        if (body.clusterId() != null && body.clusterId().isBlank()) {
            throw ApiError.badBody("$.cluster_id", "expected a cluster id that is not blank, found "
                    + JsonWords.quoted(body.clusterId()) + ".");
        }
        if (body.errorMessage() == null || body.errorMessage().isBlank()) {
            throw ApiError.badBody("$.error_message", "expected the message the failed runs report, found "
                    + JsonWords.found(body.errorMessage()) + ".");
        }
        FaultRule rule = new FaultRule("", FaultRule.Target.valueOf(body.target()), Optional.ofNullable(body.clusterId()),
                Optional.ofNullable(body.times()), body.probability() == null ? 1 : body.probability(),
                body.errorCode() == null ? 0 : body.errorCode(), body.errorMessage());
        simulation.addFaultRule(rule);
        return jobFaultsJson();
    }

    private JobFaultsJson jobFaultsJson() {
        return new JobFaultsJson(simulation.faultRules().stream()
                .map(r -> new JobFaultJson(r.id(), r.target().name(), r.clusterId().orElse(null),
                        r.times().orElse(null), r.probability(), r.errorCode(), r.errorMessage()))
                .toList());
    }
}
