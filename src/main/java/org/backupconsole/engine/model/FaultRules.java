package org.backupconsole.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.RestoreFailure;

/** The active fault rules, in the order they were added; the first matching rule decides a run's fate. */
final class FaultRules {

    private final List<FaultRule> rules = new ArrayList<>();

    List<FaultRule> all() {
        return List.copyOf(rules);
    }

    void add(FaultRule rule) {
        rules.add(rule);
    }

    void remove(String ruleId) {
        if (!rules.removeIf(rule -> rule.id().equals(ruleId))) {
            throw BackendException.notFound("Fault rule " + ruleId);
        }
    }

    /** Whether this run fails, and why; a rule that has caused all its failures is removed. */
    Optional<RestoreFailure> decide(FaultRule.Target target, String clusterId, SplittableRandom random) {
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (!rule.matches(target, clusterId)) {
                continue;
            }
            boolean fails = rule.probability() >= 1 || random.nextDouble() < rule.probability();
            if (!fails) {
                return Optional.empty();
            }
            if (rule.times().map(n -> n == 1).orElse(false)) {
                rules.remove(i);
            } else {
                rules.set(i, rule.usedOnce());
            }
            return Optional.of(new RestoreFailure(rule.errorCode(), rule.errorMessage()));
        }
        return Optional.empty();
    }
}
