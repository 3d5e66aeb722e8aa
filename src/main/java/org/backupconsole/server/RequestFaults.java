package org.backupconsole.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

import org.backupconsole.json.JsonWords;
import org.backupconsole.wire.GrpcCode;

/**
 * Faults injected into the HTTP answers of chosen operations: added latency, and an error status returned at a given rate. The
 * rate is drawn from a seeded random source, so a run with the same seed and requests fails the same way.
 */
final class RequestFaults {

    /**
     * @param operation the spec's operation name, e.g. {@code ListBackups}, or {@code *} for every operation
     * @param latencyMs added before the answer
     * @param status    the HTTP status to fail with, or 0 for none
     * @param rate      the share of matching requests that fail, from 0 to 1
     */
    record Rule(String operation, long latencyMs, int status, double rate) {

        Rule {
            if (!operation.equals("*") && Operation.bySpecName(operation).isEmpty()) {
                throw ApiError.badBody("$.operation", "expected * or one of " + List.of(Operation.values()).stream()
                        .map(Operation::specName).toList() + ", found " + JsonWords.quoted(operation) + ".");
            }
            if (latencyMs < 0 || latencyMs > 60_000) {
                throw ApiError.badBody("$.latency_ms", "expected a whole number from 0 to 60000, found " + latencyMs + ".");
            }
            if (status != 0 && (status < 400 || status > 599)) {
                throw ApiError.badBody("$.status", "expected an HTTP error status from 400 to 599, or 0 for none, found "
                        + status + ".");
            }
            if (!(rate >= 0 && rate <= 1)) {
                throw ApiError.badBody("$.rate", "expected a number from 0 to 1, found " + rate + ".");
            }
        }

        boolean appliesTo(Operation candidate) {
            return operation.equals("*") || operation.equals(candidate.specName());
        }
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final SplittableRandom random;

    RequestFaults(long seed) {
        this.random = new SplittableRandom(seed);
    }

    void add(Rule rule) {
        rules.add(rule);
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    void clear() {
        rules.clear();
    }

    /** Waits out the latency of every matching rule, then fails if one of them draws a failure. */
    void apply(Operation operation) throws InterruptedException {
        long latency = rules.stream().filter(r -> r.appliesTo(operation)).mapToLong(Rule::latencyMs).sum();
        if (latency > 0) {
            Thread.sleep(latency);
        }
        Optional<Rule> failing = rules.stream()
                .filter(r -> r.appliesTo(operation) && r.status() != 0 && draw() < r.rate())
                .findFirst();
        if (failing.isPresent()) {
            int status = failing.get().status();
            GrpcCode code = GrpcCode.forHttpStatus(status);
            Optional<Duration> retryAfter = status == 429 ? Optional.of(Duration.ofSeconds(1)) : Optional.empty();
            throw new ApiError(code, "Injected fault: " + operation.specName() + " answers HTTP " + status + ".",
                    retryAfter, status);
        }
    }

    private synchronized double draw() {
        return random.nextDouble();
    }
}
