package org.backupconsole.engine.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backupconsole.backend.BackendException;
import org.backupconsole.domain.RestoreFailure;

/**
 * The active fault rules, in the order they were added; the first matching rule decides a run's fate, drawing from
 * the stream of its target (backup runs or restore jobs), so that the two never move each other's draws.
 */
final class FaultRules {

    private final List<FaultRule> rules = new ArrayList<>();
    private final Map<FaultRule.Target, SplittableRandom> draws = new EnumMap<>(FaultRule.Target.class);

    FaultRules(RandomStreams random) {
        draws.put(FaultRule.Target.BACKUP, random.get(RandomStreams.Purpose.BACKUP_FAULTS));
        draws.put(FaultRule.Target.RESTORE, random.get(RandomStreams.Purpose.RESTORE_FAULTS));
    }

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
    Optional<RestoreFailure> decide(FaultRule.Target target, String clusterId) {
        SplittableRandom random = draws.get(target);
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
