package org.backupconsole.server;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.backupconsole.engine.VirtualClock;
import org.backupconsole.wire.GrpcCode;

/**
 * The simulator's control endpoints under {@code /_sim/}: its clock and its fault rules. Only the admin key
 * may call them; their bodies use the same JSON conventions as the API.
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

    private final VirtualClock clock;
    private final FaultRules faults;

    SimControl(VirtualClock clock, FaultRules faults) {
        this.clock = clock;
        this.faults = faults;
    }

    /** The answer to a control request; throws {@link ApiError} for unknown paths and bad bodies. */
    Object answer(ApiExchange request) {
        String route = request.method() + " " + request.path();
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
            default -> throw new ApiError(GrpcCode.NOT_FOUND, "no simulator control at " + route
                    + "; see docs/LOCAL_API.md for the endpoints under /_sim/");
        };
    }

    private ClockJson clockJson() {
        return new ClockJson(clock.now(), clock.speed(), clock.isPaused());
    }

    private ClockJson updateClock(ClockJson update) {
        if (update.speed() != null) {
            try {
                clock.setSpeed(update.speed());
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid(e.getMessage());
            }
        }
        if (Boolean.TRUE.equals(update.paused())) {
            clock.pause();
        } else if (Boolean.FALSE.equals(update.paused())) {
            clock.resume();
        }
        return clockJson();
    }

    private ClockJson advance(AdvanceJson body) {
        if (body.duration() == null) {
            throw ApiError.invalid("duration is required, as ISO-8601 such as PT24H");
        }
        Duration duration;
        try {
            duration = Duration.parse(body.duration());
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("duration must be ISO-8601 such as PT24H or P7D, was '" + body.duration() + "'");
        }
        if (duration.isNegative()) {
            throw ApiError.invalid("duration must not be negative: the clock cannot go back in time");
        }
        clock.advance(duration);
        return clockJson();
    }

    private FaultRulesJson addFault(FaultRuleJson body) {
        if (body.operation() == null) {
            throw ApiError.invalid("operation is required: an operation name such as ListBackups, or *");
        }
        faults.add(new FaultRules.Rule(body.operation(), orZero(body.latencyMs()),
                body.status() == null ? 0 : body.status(), body.rate() == null ? 1 : body.rate()));
        return faultsJson();
    }

    private FaultRulesJson faultsJson() {
        return new FaultRulesJson(faults.rules().stream()
                .map(r -> new FaultRuleJson(r.operation(), r.latencyMs(), r.status(), r.rate()))
                .toList());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
